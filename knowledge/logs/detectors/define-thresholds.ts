// Freezes a detector's default thresholds while keeping their types plain numbers (Object.freeze
// alone would pin them to the literal defaults), so callers can pass tuned copies.
export function defineThresholds<T extends Record<string, number>>(defaults: T): Readonly<{ [K in keyof T]: number }> {
  return Object.freeze({ ...defaults });
}
