export type SortDirection = 'ascending' | 'descending';

export interface PageOptions<Row> {
  /** Case-insensitive text to look for; blank keeps every row. */
  filter: string;
  filterText: (row: Row) => string;
  sortValue?: (row: Row) => string | number;
  direction: SortDirection;
  /** 0-based page wanted; clamped to the last page. */
  page: number;
  pageSize: number;
  /** For locale-aware string ordering. */
  locale: string;
}

export interface Page<Row> {
  rows: Row[];
  /** 0-based page actually shown. */
  page: number;
  pageCount: number;
  /** Rows matching the filter. */
  total: number;
  /** 1-based positions of the first and last row shown (0 when none). */
  from: number;
  to: number;
}

/**
 * Filters, sorts (stable, locale-aware, numbers numerically) and slices rows to one page.
 * @throws RangeError "pageOf requires a pageSize ≥ 1: got …"
 */
export function pageOf<Row>(rows: readonly Row[], options: PageOptions<Row>): Page<Row> {
  if (!(options.pageSize >= 1))
    throw new RangeError(`pageOf requires a pageSize ≥ 1: got ${options.pageSize}`);
  const needle = options.filter.trim().toLocaleLowerCase(options.locale);
  let matching = needle
    ? rows.filter((row) => options.filterText(row).toLocaleLowerCase(options.locale).includes(needle))
    : [...rows];
  if (options.sortValue) {
    const value = options.sortValue;
    const collator = new Intl.Collator(options.locale, { numeric: true, sensitivity: 'base' });
    const sign = options.direction === 'ascending' ? 1 : -1;
    matching = matching
      .map((row, index) => ({ row, index, key: value(row) }))
      .sort((a, b) => {
        const order =
          typeof a.key === 'number' && typeof b.key === 'number'
            ? a.key - b.key
            : collator.compare(String(a.key), String(b.key));
        return order * sign || a.index - b.index;
      })
      .map((entry) => entry.row);
  }
  const total = matching.length;
  const pageCount = Math.max(1, Math.ceil(total / options.pageSize));
  const page = Math.min(Math.max(0, options.page), pageCount - 1);
  const start = page * options.pageSize;
  const shown = matching.slice(start, start + options.pageSize);
  return {
    rows: shown,
    page,
    pageCount,
    total,
    from: total === 0 ? 0 : start + 1,
    to: start + shown.length,
  };
}
