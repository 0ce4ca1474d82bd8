/** Types of bench-matrix-render.js, for scripts/bench-matrix.ts. */
export function measureMatrixRender(
  url: string,
  manager: { email: string; name: string; trainees: number; page?: number; runs?: number },
): Promise<{ first: number; median: number; all: number; allAgain: number; end: number }>;
