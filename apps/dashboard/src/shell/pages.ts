import type { MessageId } from '../i18n/catalogue.js';

/** The six pages of the dashboard (product.md, "Pages"), in navigation order. */
export const PAGES: readonly { path: string; labelId: MessageId; symbol: string }[] = [
  { path: '/wallboard', labelId: 'nav.wallboard', symbol: '▦' },
  { path: '/operations', labelId: 'nav.operations', symbol: '◉' },
  { path: '/trends', labelId: 'nav.trends', symbol: '↗' },
  { path: '/planning', labelId: 'nav.planning', symbol: '▤' },
  { path: '/assessment', labelId: 'nav.assessment', symbol: '★' },
  { path: '/admin', labelId: 'nav.admin', symbol: '⚙' },
];
