/** The rows a DataLoader.loadMany found (it answers null or an Error for the others). */
export const present = <T>(rows: ReadonlyArray<T | null | Error>): T[] => rows.filter((row): row is T => row !== null && !(row instanceof Error));
