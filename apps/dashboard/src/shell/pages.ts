import type { MessageId } from '../i18n/catalogue.js';

/** The pages of the dashboard (product.md, "Pages"), in navigation order. */
export const PAGES: readonly { path: string; labelId: MessageId; symbol: string }[] = [
  { path: '/wallboard', labelId: 'nav.wallboard', symbol: '▦' },
  { path: '/operations', labelId: 'nav.operations', symbol: '◉' },
  { path: '/trends', labelId: 'nav.trends', symbol: '↗' },
  { path: '/planning', labelId: 'nav.planning', symbol: '▤' },
  { path: '/schedule', labelId: 'nav.schedule', symbol: '▥' },
  { path: '/assessment', labelId: 'nav.assessment', symbol: '★' },
  { path: '/admin', labelId: 'nav.admin', symbol: '⚙' },
];
