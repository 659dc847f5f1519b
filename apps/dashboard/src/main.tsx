import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { createApolloClient } from './apollo/createApolloClient.js';
import { App } from './App.js';
import { LocaleProvider } from './i18n/LocaleProvider.js';
import { createConnectionStore } from './live/connectionStore.js';
import { LiveConnectionProvider } from './live/LiveConnection.js';
import { SiteProvider } from './site/SiteProvider.js';
import './styles/global.css';

const connection = createConnectionStore();
const client = createApolloClient(connection);

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <LiveConnectionProvider store={connection}>
        <LocaleProvider>
          <SiteProvider>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </SiteProvider>
        </LocaleProvider>
      </LiveConnectionProvider>
    </ApolloProvider>
  </StrictMode>,
);
