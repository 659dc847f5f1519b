import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Symbols,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { niceScale } from './chartData.js';
import { CHART_INK, PREVIOUS_DASH, paletteEntry } from './palette.js';

export interface TimeSeriesChartProps<Row extends Record<string, unknown>> {
  data: readonly Row[];
  /** The x-axis key (an interval start, a day…). */
  index: keyof Row & string;
  /** The series keys, one line each. */
  categories: readonly (keyof Row & string)[];
  /** Display names of the series, by key. */
  labels: Record<string, string>;
  /** Palette index of each series (charts/palette.ts); by default its position. */
  colours?: Partial<Record<string, number>>;
  /**
   * Series drawn dashed with hollow markers: the previous period of the series whose colour they
   * share. The legend shows them as a dashed line.
   */
  dashed?: readonly string[];
  valueFormatter: (value: number) => string;
  /** Formats a value-axis tick (default: valueFormatter). */
  axisFormatter?: (value: number) => string;
  /** Formats an x-axis tick. */
  indexFormatter: (value: unknown) => string;
  /** The heading lines of the tooltip for a row (default: the formatted index). */
  tooltipTitle?: (row: Row) => readonly string[];
  /** The value axis's title, with its unit ("Seconds", "Share of contacts (%)"). */
  yAxisLabel?: string;
  /**
   * The value axis runs from 0 to a round value a little above the highest value or target
   * (niceScale). `maxValue` caps it (1 for shares: never past 100 %); `integer` keeps whole
   * steps (counts).
   */
  valueAxis?: { maxValue?: number; integer?: boolean };
  /** Horizontal lines (a target), each with its label. */
  referenceLines?: readonly { value: number; label: string }[];
  /** Text alternative describing the chart for screen readers. */
  description: string;
  height?: number;
}

/** About this many markers per line, whatever the number of points (2,000 markers would be a smear). */
const MARKERS_PER_LINE = 16;

/**
 * A line chart over time, in the spirit of tremor's typed wrappers: data-shaped props, one
 * palette (colour and marker shape per series), previous-period lines dashed, target lines,
 * a titled value axis and a tooltip in the caller's formats. Loaded lazily: Recharts is a
 * separate chunk, only fetched by pages that draw a chart. Keyboard: Tab to the chart, then the
 * arrow keys move the tooltip from period to period (Recharts' accessibility layer).
 */
export default function TimeSeriesChart<Row extends Record<string, unknown>>(
  props: TimeSeriesChartProps<Row>,
) {
  const dashed = new Set(props.dashed ?? []);
  const step = Math.max(1, Math.ceil(props.data.length / MARKERS_PER_LINE));
  const yAxisWidth = props.yAxisLabel ? 76 : 60;
  let highest = Math.max(0, ...(props.referenceLines ?? []).map((line) => line.value));
  for (const row of props.data)
    for (const key of props.categories) {
      const value = row[key];
      if (typeof value === 'number' && Number.isFinite(value) && value > highest) highest = value;
    }
  const scale = niceScale(highest, { cap: props.valueAxis?.maxValue, integer: props.valueAxis?.integer });
  return (
    <figure className="chart">
      <ResponsiveContainer width="100%" height={props.height ?? 260}>
        <LineChart
          data={props.data as Record<string, unknown>[]}
          margin={{ top: 12, right: 20, bottom: 4, left: 4 }}
          title={props.description}
        >
          <CartesianGrid strokeDasharray="3 3" stroke={CHART_INK.grid} />
          <XAxis
            dataKey={props.index as string}
            tickFormatter={(v) => props.indexFormatter(v)}
            stroke={CHART_INK.axis}
            tick={{ fill: CHART_INK.axis, fontSize: 12 }}
            minTickGap={24}
            interval="preserveStartEnd"
          />
          <YAxis
            tickFormatter={(v: number) => (props.axisFormatter ?? props.valueFormatter)(v)}
            stroke={CHART_INK.axis}
            tick={{ fill: CHART_INK.axis, fontSize: 12 }}
            width={yAxisWidth}
            domain={[0, scale.top]}
            ticks={scale.ticks}
            label={
              props.yAxisLabel
                ? {
                    value: props.yAxisLabel,
                    angle: -90,
                    position: 'insideLeft',
                    style: { textAnchor: 'middle', fill: CHART_INK.axis, fontSize: 12 },
                  }
                : undefined
            }
          />
          <Tooltip
            content={(content: TooltipContentProps) => (
              <ChartTooltip<Row>
                content={content}
                dashed={dashed}
                colours={props.colours}
                categories={props.categories}
                title={props.tooltipTitle}
                index={props.index}
                indexFormatter={props.indexFormatter}
                valueFormatter={props.valueFormatter}
              />
            )}
          />
          {(props.referenceLines ?? []).map((line) => (
            <ReferenceLine
              key={`${line.value}-${line.label}`}
              y={line.value}
              stroke={CHART_INK.target}
              strokeWidth={1.5}
              strokeDasharray={TARGET_DASH}
              ifOverflow="extendDomain"
            />
          ))}
          {props.categories.map((key, i) => {
            const colourIndex = props.colours?.[key] ?? i;
            const { colour, symbol } = paletteEntry(colourIndex);
            const previous = dashed.has(key);
            // Markers of different series fall on different points, so they do not hide each other.
            const offset = (i * Math.max(1, Math.floor(step / 3))) % step;
            return (
              <Line
                key={key}
                type="linear"
                dataKey={key}
                name={props.labels[key] ?? key}
                stroke={colour}
                strokeWidth={previous ? 1.75 : 2.25}
                strokeDasharray={previous ? PREVIOUS_DASH : undefined}
                legendType={previous ? 'plainline' : symbol}
                connectNulls={false}
                isAnimationActive={false}
                dot={(dot: { cx?: number; cy?: number; index?: number; value?: unknown }) =>
                  dot.cx !== undefined &&
                  dot.cy !== undefined &&
                  dot.value !== null &&
                  dot.value !== undefined &&
                  ((dot.index ?? 0) - offset) % step === 0 ? (
                    <g key={`${key}-${dot.index}`} className="chart-marker" data-series={key}>
                      <Symbols
                        type={symbol}
                        cx={dot.cx}
                        cy={dot.cy}
                        size={previous ? 22 : 30}
                        fill={previous ? '#ffffff' : colour}
                        stroke={colour}
                        strokeWidth={1.5}
                      />
                    </g>
                  ) : (
                    <g key={`${key}-${dot.index}`} />
                  )
                }
                activeDot={{ r: 4, stroke: colour, fill: previous ? '#ffffff' : colour }}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          ...props.categories.map((key, i) => ({
            key,
            label: props.labels[key] ?? key,
            colourIndex: props.colours?.[key] ?? i,
            previous: dashed.has(key),
          })),
        ]}
        targets={props.referenceLines ?? []}
      />
    </figure>
  );
}

/** A short piece of a series' line with its marker, as drawn in the chart (legend, tooltip). */
function LineSample({ colourIndex, previous }: { colourIndex: number; previous: boolean }) {
  const { colour, symbol } = paletteEntry(colourIndex);
  return (
    <svg className="chart-line-sample" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
      <line
        x1="1"
        x2="27"
        y1="7"
        y2="7"
        stroke={colour}
        strokeWidth={previous ? 1.75 : 2.25}
        strokeDasharray={previous ? PREVIOUS_DASH : undefined}
      />
      <Symbols
        type={symbol}
        cx={14}
        cy={7}
        size={previous ? 22 : 30}
        fill={previous ? '#ffffff' : colour}
        stroke={colour}
        strokeWidth={1.5}
      />
    </svg>
  );
}

/** Dash pattern of a target line: long dashes with short gaps, unlike the previous period's. */
const TARGET_DASH = '12 3 2 3';

/**
 * The legend, in HTML under the chart (readable text colour, wraps on narrow screens): each
 * series with its colour and marker, previous periods as a dashed line, targets as theirs.
 */
function ChartLegend({
  items,
  targets,
}: {
  items: readonly { key: string; label: string; colourIndex: number; previous: boolean }[];
  targets: readonly { value: number; label: string }[];
}) {
  return (
    <ul className="chart-legend">
      {items.map((item) => {
        return (
          <li key={item.key}>
            <LineSample colourIndex={item.colourIndex} previous={item.previous} />
            {item.label}
          </li>
        );
      })}
      {targets.map((target) => (
        <li key={`${target.value}-${target.label}`}>
          <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
            <line
              x1="1"
              x2="27"
              y1="7"
              y2="7"
              stroke={CHART_INK.target}
              strokeWidth={1.5}
              strokeDasharray={TARGET_DASH}
            />
          </svg>
          {target.label}
        </li>
      ))}
    </ul>
  );
}

/** The tooltip: the period (and the one compared with), then each series with a value. */
function ChartTooltip<Row extends Record<string, unknown>>({
  content,
  dashed,
  colours,
  categories,
  title,
  index,
  indexFormatter,
  valueFormatter,
}: {
  content: TooltipContentProps;
  dashed: ReadonlySet<string>;
  colours?: Partial<Record<string, number>>;
  categories: readonly string[];
  title?: (row: Row) => readonly string[];
  index: string;
  indexFormatter: (value: unknown) => string;
  valueFormatter: (value: number) => string;
}) {
  if (!content.active || content.payload.length === 0) return null;
  const row = content.payload[0]?.payload as Row | undefined;
  const heading = row ? (title ? title(row) : [indexFormatter(row[index])]) : [];
  const entries = content.payload.filter((e) => typeof e.value === 'number' && Number.isFinite(e.value));
  return (
    <div className="chart-tooltip">
      {heading.map((line, i) => (
        <p key={i} className={i === 0 ? 'chart-tooltip__title' : 'chart-tooltip__subtitle'}>
          {line}
        </p>
      ))}
      <ul>
        {entries.map((entry) => {
          const key = String(entry.dataKey);
          return (
            <li key={key}>
              <LineSample
                colourIndex={colours?.[key] ?? categories.indexOf(key)}
                previous={dashed.has(key)}
              />
              <span className="chart-tooltip__name">{entry.name}</span>
              <span className="chart-tooltip__value">{valueFormatter(entry.value as number)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
