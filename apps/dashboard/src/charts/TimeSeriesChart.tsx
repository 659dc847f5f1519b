import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** A colour-blind-safe palette (Okabe & Ito, 2008); series also differ in dash pattern. */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00'] as const;
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];

export interface TimeSeriesChartProps<Row extends Record<string, unknown>> {
  data: readonly Row[];
  /** The x-axis key (an interval start, a day…). */
  index: keyof Row & string;
  /** The series keys, one line each. */
  categories: readonly (keyof Row & string)[];
  /** Display names of the series, by key. */
  labels: Record<string, string>;
  valueFormatter: (value: number) => string;
  indexFormatter: (value: unknown) => string;
  /** Text alternative describing the chart for screen readers. */
  description: string;
}

/**
 * A line chart over time, in the spirit of tremor's typed wrappers: data-shaped props, one
 * palette. Loaded lazily (Recharts is a separate chunk, only fetched by pages with data).
 */
export default function TimeSeriesChart<Row extends Record<string, unknown>>(
  props: TimeSeriesChartProps<Row>,
) {
  return (
    <figure className="chart" aria-label={props.description}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart
          data={props.data as Record<string, unknown>[]}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#c8ced8" />
          <XAxis
            dataKey={props.index as string}
            tickFormatter={(v) => props.indexFormatter(v)}
            stroke="#4a5568"
          />
          <YAxis tickFormatter={(v: number) => props.valueFormatter(v)} stroke="#4a5568" />
          <Tooltip
            formatter={(v) => props.valueFormatter(Number(v))}
            labelFormatter={(v) => props.indexFormatter(v)}
          />
          <Legend />
          {props.categories.map((key, i) => (
            <Line
              key={key}
              type="monotone"
              dataKey={key}
              name={props.labels[key] ?? key}
              stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
              strokeDasharray={DASHES[i % DASHES.length]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
