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
  rows: readonly Record<string, number | string | null>[];
  parts: readonly { key: string; label: string }[];
  dateFormatter: (value: string) => string;
  hoursFormatter: (value: number) => string;
  yAxisLabel: string;
  description: string;
}

/**
 * Stacked bars per day: the agent-hours of each cause of the service-level gap (negative parts,
 * e.g. more staff than the forecast needed, go below zero). Loaded lazily with Recharts.
 */
export default function GapChart({
  rows,
  parts,
  dateFormatter,
  hoursFormatter,
  yAxisLabel,
  description,
}: GapChartProps) {
  return (
    <figure className="chart" aria-label={description}>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart
          data={rows as Record<string, unknown>[]}
          stackOffset="sign"
          margin={{ top: 8, right: 16, left: 8, bottom: 8 }}
        >
          <CartesianGrid stroke={CHART_INK.grid} vertical={false} />
          <XAxis
            dataKey="date"
            tickFormatter={(v) => dateFormatter(String(v))}
            stroke={CHART_INK.axis}
            tick={{ fill: CHART_INK.axis, fontSize: 12 }}
            minTickGap={12}
          />
          <YAxis
            width={76}
            stroke={CHART_INK.axis}
            tick={{ fill: CHART_INK.axis, fontSize: 12 }}
            tickFormatter={(v: number) => hoursFormatter(v)}
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
            formatter={(value) => hoursFormatter(Number(value))}
            labelFormatter={(label) => dateFormatter(String(label))}
          />
          <Legend />
          {parts.map((p, i) => (
            <Bar
              key={p.key}
              dataKey={p.key}
              name={p.label}
              stackId="gap"
              fill={paletteEntry(i).colour}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
