import highsModule, { type Highs, type InitOptions } from 'highs';

/*
 * Loading the HiGHS WebAssembly solver (npm `highs`) once per process. Internal.
 */

type Loader = (options?: InitOptions) => Promise<Highs>;

let loading: Promise<Highs> | undefined;

/**
 * The HiGHS runtime, loaded on first use and shared afterwards. Under `nodenext` the CommonJS build's
 * default export can arrive wrapped as `{ default: loader }` (toolchain.md); both shapes are accepted.
 * Rejects when the WebAssembly module cannot be loaded.
 */
export function loadHighs(): Promise<Highs> {
  if (!loading) {
    const mod = highsModule as unknown as Loader | { default: Loader };
    const load = typeof mod === 'function' ? mod : mod.default;
    loading = load();
  }
  return loading;
}

/** A linear model in HiGHS's column-wise form. */
export interface LinearModel {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  /** Omitted for an LP. */
  integrality?: Int32Array;
}

export interface LinearSolution {
  status: string;
  /** Whether `colValue` holds a feasible solution. */
  feasible: boolean;
  objective: number;
  colValue: Float64Array;
  /** MIP: best proven bound on the objective and the relative gap (null for an LP). */
  dualBound: number | null;
  relativeGap: number | null;
  seconds: number;
}

const STATUS_NAMES: Record<number, string> = {
  7: 'optimal',
  8: 'infeasible',
  9: 'unbounded-or-infeasible',
  10: 'unbounded',
  13: 'time-limit',
  14: 'iteration-limit',
  15: 'unknown',
  16: 'solution-limit',
  17: 'interrupted',
};

/**
 * Solves a model with HiGHS (minimisation) and returns its status, objective and column values.
 * `options` are HiGHS option names (e.g. `time_limit`, `mip_rel_gap`). Throws when HiGHS rejects the
 * model data (a bug in the caller); an infeasible or time-limited solve is reported in `status`.
 */
export async function solveLinear(
  model: LinearModel,
  options: Record<string, number | string | boolean>,
  start?: { indices: Int32Array; values: Float64Array },
): Promise<LinearSolution> {
  const highs = await loadHighs();
  const started = performance.now();
  return highs.withModel(
    {
      numCols: model.numCols,
      numRows: model.numRows,
      colCost: model.colCost,
      colLower: model.colLower,
      colUpper: model.colUpper,
      rowLower: model.rowLower,
      rowUpper: model.rowUpper,
      matrix: {
        format: 'csc',
        numRows: model.numRows,
        numCols: model.numCols,
        starts: model.starts,
        indices: model.indices,
        values: model.values,
      },
      ...(model.integrality ? { integrality: model.integrality } : {}),
    },
    (m) => {
      m.options.set({ output_flag: false, ...options });
      if (start) m.setSolution(start);
      const { modelStatus } = m.run();
      const primal = Number(m.info.get('primal_solution_status'));
      const feasible = primal === highs.constants.solutionStatus.feasible;
      const mip = model.integrality !== undefined;
      return {
        status: STATUS_NAMES[modelStatus] ?? `status-${modelStatus}`,
        feasible,
        objective: feasible ? m.getObjectiveValue() : Number.NaN,
        colValue: feasible ? m.getSolution().colValue : new Float64Array(model.numCols),
        dualBound: mip ? Number(m.info.get('mip_dual_bound')) : null,
        relativeGap: mip ? Number(m.info.get('mip_gap')) : null,
        seconds: (performance.now() - started) / 1000,
      };
    },
  );
}
