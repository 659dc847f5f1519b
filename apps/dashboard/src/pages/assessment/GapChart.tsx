import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART_INK, paletteEntry } from '../../charts/palette.js';

export interface GapChartProps {
  rows: readonly Record<string, number | string | boolean | null>[];
  /** The causes shown, each with its place in the palette (the same colour on every chart). */
  parts: readonly { key: string; label: string; colour: number }[];
  /** The field of a row the bars are placed by (a date, or an interval's time). */
  categoryKey?: string;
  categoryFormatter: (value: string) => string;
  valueFormatter: (value: number) => string;
  yAxisLabel: string;
  description: string;
  /** A bar's category was clicked (the page also offers a list to choose from by keyboard). */
  onSelect?: (category: string) => void;
}

/**
 * Stacked bars per day (agent-hours) or per interval (agents): each cause of the service-level
 * gap (negative parts, e.g. more staff than the forecast needed, go below zero). The legend names
 * each cause with its unit; colours come with those names. Loaded lazily with Recharts.
 */
export default function GapChart({
  rows,
  parts,
  categoryKey = 'date',
  categoryFormatter,
  valueFormatter,
  yAxisLabel,
  description,
  onSelect,
}: GapChartProps) {
  return (
    <figure className="chart" aria-label={description}>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart
          data={rows as Record<string, unknown>[]}
          stackOffset="sign"
          margin={{ top: 8, right: 16, left: 8, bottom: 8 }}
          onClick={(state) => {
            if (onSelect && state?.activeLabel !== undefined) onSelect(String(state.activeLabel));
          }}
        >
          <CartesianGrid stroke={CHART_INK.grid} vertical={false} />
          <XAxis
            dataKey={categoryKey}
            tickFormatter={(v) => categoryFormatter(String(v))}
            stroke={CHART_INK.axis}
            tick={{ fill: CHART_INK.axis, fontSize: 12 }}
            minTickGap={12}
          />
          <YAxis
            width={76}
            stroke={CHART_INK.axis}
            tick={{ fill: CHART_INK.axis, fontSize: 12 }}
            tickFormatter={(v: number) => valueFormatter(v)}
            label={{
              value: yAxisLabel,
              angle: -90,
              position: 'insideLeft',
              fill: CHART_INK.axis,
              fontSize: 12,
              dy: 60,
            }}
          />
          <ReferenceLine y={0} stroke={CHART_INK.target} />
          <Tooltip
            formatter={(value) => valueFormatter(Number(value))}
            labelFormatter={(label) => categoryFormatter(String(label))}
          />
          <Legend itemSorter={null} />
          {parts.map((p) => (
            <Bar
              key={p.key}
              dataKey={p.key}
              name={p.label}
              stackId="gap"
              fill={paletteEntry(p.colour).colour}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
