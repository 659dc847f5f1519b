import { useId, useMemo, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/useT.js';
import type { MessageId } from '../i18n/catalogue.js';
import { pageOf, type SortDirection } from './pageOf.js';

export interface Column<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** Makes the column sortable by this value. */
  sortValue?: (row: Row) => string | number;
  numeric?: boolean;
}

/**
 * A table for directory lists of any length (600 agents and more): a filter box, sortable
 * columns, and pages of `pageSize` rows, so the DOM stays small and the page stays fast.
 */
export function DataTable<Row>({
  caption,
  rows,
  columns,
  rowKey,
  filterText,
  filterLabelId,
  emptyId,
  pageSize = 50,
}: {
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  /** The text the filter box searches in, per row. */
  filterText: (row: Row) => string;
  filterLabelId: MessageId;
  emptyId: MessageId;
  pageSize?: number;
}) {
  const t = useT();
  const intl = useIntl();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ key: string; direction: SortDirection } | null>(null);
  const [page, setPage] = useState(0);

  const sortColumn = columns.find((c) => c.key === sort?.key);
  const result = useMemo(
    () =>
      pageOf(rows, {
        filter,
        filterText,
        sortValue: sortColumn?.sortValue,
        direction: sort?.direction ?? 'ascending',
        page,
        pageSize,
        locale: intl.locale,
      }),
    [rows, filter, filterText, sortColumn, sort?.direction, page, pageSize, intl.locale],
  );

  const toggleSort = (key: string) => {
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' },
    );
    setPage(0);
  };

  const n = (value: number) => intl.formatNumber(value);
  return (
    <div className="data-table">
      <div className="data-table__toolbar">
        <label htmlFor={filterId}>{t(filterLabelId)}</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value);
            setPage(0);
          }}
        />
        <p className="data-table__count" aria-live="polite">
          {result.total === 0
            ? t('table.showingNone')
            : t('table.showing', { from: n(result.from), to: n(result.to), total: n(result.total) })}
        </p>
      </div>
      <div className="data-table__scroll">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const sorted = sort?.key === column.key ? sort.direction : undefined;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={sorted ?? (column.sortValue ? 'none' : undefined)}
                    className={column.numeric ? 'numeric' : undefined}
                  >
                    {column.sortValue ? (
                      <button type="button" className="sort-button" onClick={() => toggleSort(column.key)}>
                        {column.header}
                        <span aria-hidden="true" className="sort-button__arrow">
                          {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {result.rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="data-table__empty">
                  {t(emptyId)}
                </td>
              </tr>
            ) : (
              result.rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((column) => (
                    <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                      {column.render(row)}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {result.pageCount > 1 && (
        <nav className="pagination" aria-label={t('table.pagination')}>
          <button
            type="button"
            className="button button--secondary"
            disabled={result.page === 0}
            onClick={() => setPage(result.page - 1)}
          >
            <span aria-hidden="true">← </span>
            {t('table.previous')}
          </button>
          <span>{t('table.page', { page: n(result.page + 1), pages: n(result.pageCount) })}</span>
          <button
            type="button"
            className="button button--secondary"
            disabled={result.page >= result.pageCount - 1}
            onClick={() => setPage(result.page + 1)}
          >
            {t('table.next')}
            <span aria-hidden="true"> →</span>
          </button>
        </nav>
      )}
    </div>
  );
}
