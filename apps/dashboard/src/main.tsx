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
import { SessionProvider } from './auth/SessionContext.js';
import { startSession } from './auth/startSession.js';
import './styles/global.css';

// After a deploy, a page open for days (a wallboard) may ask for a chunk that no longer exists:
// load the new version instead of failing, at most once a minute so an outage cannot loop.
window.addEventListener('vite:preloadError', (event) => {
  const last = Number(sessionStorage.getItem('servicefloor.reloadedAt') ?? 0);
  if (Date.now() - last < 60_000) return;
  event.preventDefault();
  sessionStorage.setItem('servicefloor.reloadedAt', String(Date.now()));
  window.location.reload();
});

const connection = createConnectionStore();
const session = startSession();
const client = createApolloClient(connection, session);

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SessionProvider session={session}>
        <LiveConnectionProvider store={connection}>
          <LocaleProvider>
            <SiteProvider>
              <BrowserRouter>
                <App />
              </BrowserRouter>
            </SiteProvider>
          </LocaleProvider>
        </LiveConnectionProvider>
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);
