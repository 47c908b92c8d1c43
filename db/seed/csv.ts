/**
 * A small RFC 4180 CSV parser: fields separated by commas, records by CRLF or LF; a field in
 * double quotes may hold commas, line breaks and doubled quotes (""). Returns the records
 * with the 1-based line each starts on.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endField = () => {
    fields.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === "\n") line += 1;
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") endField();
    else if (c === "\r" && text[i + 1] === "\n") {
      i += 1;
      continue;
    } else if (c === "\n") {
      endRecord();
      line += 1;
      recordLine = line;
    } else field += c;
    i += 1;
  }
  if (quoted) throw new Error(`Unterminated quoted field starting on line ${recordLine}`);
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

/** Records as objects keyed by the header's names. */
export function parseCsvWithHeader(text: string): { line: number; row: Record<string, string> }[] {
  const [header, ...records] = parseCsv(text);
  return records.map(({ line, fields }) => {
    if (fields.length !== header.fields.length)
      throw new Error(`Line ${line}: ${fields.length} fields, header has ${header.fields.length}`);
    return { line, row: Object.fromEntries(header.fields.map((name, i) => [name, fields[i]])) };
  });
}
