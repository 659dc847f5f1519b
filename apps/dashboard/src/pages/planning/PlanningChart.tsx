import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { niceScale } from '../../charts/chartData.js';
import { CHART_INK, paletteEntry } from '../../charts/palette.js';
import '../../charts/charts.css';

/** One line of a planning chart. */
export interface PlanningLine {
  key: string;
  label: string;
  /** Palette index (charts/palette.ts). */
  colour: number;
  /** A dash pattern, so lines differ by more than colour. */
  dash?: string;
  /** Drawn as steps (staff counts per interval) rather than straight segments. */
  step?: boolean;
}

export interface PlanningChartProps {
  /** One row per interval: `x` is its label ("09:00"), the lines' keys hold numbers or null. */
  data: readonly Record<string, string | number | null | readonly [number, number]>[];
  lines: readonly PlanningLine[];
  /** A shaded range (the prediction interval): the key holds [lower, upper]. */
  band?: { key: string; label: string; colour: number };
  xAxisLabel: string;
  yAxisLabel: string;
  valueFormatter: (value: number) => string;
  /** A vertical marker (now) at this x label. */
  marker?: { x: string; label: string };
  /** Screen-reader description of the chart. */
  description: string;
  integer?: boolean;
  height?: number;
}

/**
 * The planning page's interval chart (Recharts, loaded on demand): lines over the 15-minute
 * intervals of a day or a few days, an optional shaded band (the forecast's prediction interval),
 * a "now" marker, titled axes with units and an HTML legend under the chart.
 */
export default function PlanningChart(props: PlanningChartProps) {
  let highest = 0;
  for (const row of props.data) {
    for (const line of props.lines) {
      const value = row[line.key];
      if (typeof value === 'number' && Number.isFinite(value)) highest = Math.max(highest, value);
    }
    const band = props.band ? row[props.band.key] : undefined;
    if (Array.isArray(band)) highest = Math.max(highest, band[1] as number);
  }
  const scale = niceScale(highest, { integer: props.integer });
  return (
    <figure className="chart planning-chart">
      <ResponsiveContainer width="100%" height={props.height ?? 280}>
        <ComposedChart
          data={props.data as Record<string, unknown>[]}
          margin={{ top: 12, right: 20, bottom: 22, left: 8 }}
          title={props.description}
        >
          <CartesianGrid strokeDasharray="3 3" stroke={CHART_INK.grid} />
          <XAxis
            dataKey="x"
            stroke={CHART_INK.axis}
            tick={{ fill: CHART_INK.axis, fontSize: 12 }}
            minTickGap={28}
            interval="preserveStartEnd"
            label={{
              value: props.xAxisLabel,
              position: 'insideBottom',
              offset: -14,
              style: { fill: CHART_INK.axis, fontSize: 12 },
            }}
          />
          <YAxis
            stroke={CHART_INK.axis}
            tick={{ fill: CHART_INK.axis, fontSize: 12 }}
            width={72}
            domain={[0, scale.top]}
            ticks={scale.ticks}
            tickFormatter={(v: number) => props.valueFormatter(v)}
            label={{
              value: props.yAxisLabel,
              angle: -90,
              position: 'insideLeft',
              style: { textAnchor: 'middle', fill: CHART_INK.axis, fontSize: 12 },
            }}
          />
          <Tooltip
            isAnimationActive={false}
            formatter={(value, name) => [
              Array.isArray(value)
                ? `${props.valueFormatter(value[0] as number)} – ${props.valueFormatter(value[1] as number)}`
                : typeof value === 'number'
                  ? props.valueFormatter(value)
                  : String(value ?? ''),
              name,
            ]}
          />
          {props.band && (
            <Area
              dataKey={props.band.key}
              name={props.band.label}
              stroke="none"
              fill={paletteEntry(props.band.colour).colour}
              fillOpacity={0.18}
              isAnimationActive={false}
              connectNulls={false}
            />
          )}
          {props.marker && (
            <ReferenceLine
              x={props.marker.x}
              stroke={CHART_INK.target}
              strokeDasharray="4 3"
              label={{
                value: props.marker.label,
                position: 'insideTopRight',
                fill: CHART_INK.target,
                fontSize: 12,
              }}
            />
          )}
          {props.lines.map((line) => (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.label}
              type={line.step ? 'stepAfter' : 'linear'}
              stroke={paletteEntry(line.colour).colour}
              strokeWidth={2}
              strokeDasharray={line.dash}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
      <ul className="chart-legend">
        {props.band && (
          <li>
            <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
              <rect
                x="1"
                y="2"
                width="26"
                height="10"
                fill={paletteEntry(props.band.colour).colour}
                fillOpacity={0.25}
              />
            </svg>
            {props.band.label}
          </li>
        )}
        {props.lines.map((line) => (
          <li key={line.key}>
            <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
              <line
                x1="1"
                x2="27"
                y1="7"
                y2="7"
                stroke={paletteEntry(line.colour).colour}
                strokeWidth={2.25}
                strokeDasharray={line.dash}
              />
            </svg>
            {line.label}
          </li>
        ))}
        {props.marker && (
          <li>
            <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
              <line
                x1="14"
                x2="14"
                y1="0"
                y2="14"
                stroke={CHART_INK.target}
                strokeWidth={1.5}
                strokeDasharray="4 3"
              />
            </svg>
            {props.marker.label}
          </li>
        )}
      </ul>
    </figure>
  );
}
