import { useQuery } from '@apollo/client/react';
import { createContext, use, useCallback, useState, type ReactNode } from 'react';
import { graphql } from '../graphql/generated/index.js';

const SitesQuery = graphql(`
  query ShellSites {
    sites {
      id
      name
      timeZone
    }
  }
`);

export interface SiteInfo {
  id: string;
  name: string;
  timeZone: string;
}

interface SiteContextValue {
  /** The site whose time zone and data the pages show; null until sites have loaded (or if none exist). */
  site: SiteInfo | null;
  sites: readonly SiteInfo[];
  setSiteId(id: string): void;
  loading: boolean;
}

const SiteContext = createContext<SiteContextValue>({
  site: null,
  sites: [],
  setSiteId: () => {},
  loading: true,
});
const STORAGE_KEY = 'servicefloor.site';

/** The site chosen in the header (remembered in this browser); the first site by default. */
export function useSite(): SiteContextValue {
  return use(SiteContext);
}

export function SiteProvider({ children }: { children: ReactNode }) {
  const { data, loading } = useQuery(SitesQuery);
  const [siteId, setSiteIdState] = useState<string | null>(() => {
    try {
      return localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  });
  const sites = data?.sites ?? [];
  const site = sites.find((s) => s.id === siteId) ?? sites[0] ?? null;
  const setSiteId = useCallback((id: string) => {
    setSiteIdState(id);
    try {
      localStorage.setItem(STORAGE_KEY, id);
    } catch {
      // Not remembered; still switched for this visit.
    }
  }, []);
  return <SiteContext value={{ site, sites, setSiteId, loading }}>{children}</SiteContext>;
}
