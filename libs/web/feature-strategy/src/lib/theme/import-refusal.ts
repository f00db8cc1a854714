/** One refused cell (or the whole file) from an `importMeasurements` BAD_USER_INPUT error. */
export interface ImportRefusal {
  messageKey: string;
  row: number | null;
  line: number | null;
  column: string | null;
  value: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads `extensions.fields[].params` of the first GraphQL error; empty when the error is something else. */
export function readImportRefusals(error: unknown): ImportRefusal[] {
  if (!isRecord(error) || !Array.isArray(error['errors'])) return [];
  const extensions = (error['errors'][0] as { extensions?: unknown } | undefined)?.extensions;
  if (!isRecord(extensions) || extensions['code'] !== 'BAD_USER_INPUT' || !Array.isArray(extensions['fields'])) return [];
  return extensions['fields'].filter(isRecord).map((field) => {
    const params = isRecord(field['params']) ? field['params'] : {};
    return {
      messageKey: typeof field['messageKey'] === 'string' ? field['messageKey'] : 'errors.badUserInput',
      row: typeof params['row'] === 'number' ? params['row'] : null,
      line: typeof params['line'] === 'number' ? params['line'] : null,
      column: typeof params['column'] === 'string' ? params['column'] : null,
      value: typeof params['value'] === 'string' ? params['value'] : null,
    };
  });
}

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** "Rij 3 (regel 4), waarde: ‘drie’ is geen getal" — or just the message when it concerns the whole file. */
export function formatImportRefusal(refusal: ImportRefusal, translate: Translate): string {
  const message = translate(refusal.messageKey, { value: refusal.value ?? '', column: refusal.column ?? '' });
  if (refusal.row === null) return message;
  if (refusal.line === null || refusal.column === null) return translate('import.rowOnly', { row: refusal.row, message });
  return translate('import.rowLine', { row: refusal.row, line: refusal.line, column: refusal.column, message });
}

/** The file as base64 (without the data-URL prefix), reporting the share read so far (0–1). */
export function readAsBase64(file: Blob, onProgress: (share: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
