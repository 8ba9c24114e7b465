// Small but real PDF files for the fixture's documents: PDF 1.4, one standard font (Helvetica, no
// embedding), WinAnsi text so Dutch letters such as é and ë come out right, and a cross-reference
// table with the exact byte offsets. Deterministic: no dates, no ids, so bestandsomvang is stable.
//
// The files are 7-bit ASCII on purpose: letters outside ASCII are written as octal escapes, and there
// is no binary comment line. Prism's proxy reads every non-JSON upstream body as UTF-8 text
// (prism-http utils/parseResponse.js: response.text()), so any byte that is not valid UTF-8 comes out
// as U+FFFD and the download no longer matches bestandsomvang. ASCII passes through unchanged.

const PAGE_WIDTH = 595; // A4 in points
const PAGE_HEIGHT = 842;
const MARGIN = 72;
const LINE_HEIGHT = 15;
const WRAP_AT = 88; // characters per line at 11 pt Helvetica, well inside the margins

// Text inside a PDF string literal: ( ) \ escaped, and letters outside ASCII as octal escapes of
// their WinAnsi code (latin1 covers the Dutch letters).
function pdfString(text) {
  const outside = [...text].find((c) => c.charCodeAt(0) > 0xff);
  if (outside) throw new Error(`pdf: '${outside}' is not in WinAnsi/latin1 (write EUR, not the euro sign)`);
  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`)
    .replace(/[^\x20-\x7e]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
  return `(${escaped})`;
}

function wrap(paragraph) {
  const lines = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > WRAP_AT) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines;
}

// One page's content stream: a bold heading, then the paragraphs with a blank line between them.
function pageContent({ heading, paragraphs, footer }) {
  const ops = ['BT', `/F2 14 Tf ${MARGIN} ${PAGE_HEIGHT - MARGIN} Td ${LINE_HEIGHT} TL`, `${pdfString(heading)} Tj T*`, '/F1 11 Tf T*'];
  for (const paragraph of paragraphs) {
    // An array is a block of short lines kept as they are (an address); a string is wrapped.
    const lines = Array.isArray(paragraph) ? paragraph : wrap(paragraph);
    for (const line of lines) ops.push(`${pdfString(line)} Tj T*`);
    ops.push('T*');
  }
  ops.push('ET');
  if (footer) ops.push('BT', `/F1 9 Tf ${MARGIN} ${MARGIN / 2} Td`, `${pdfString(footer)} Tj`, 'ET');
  return ops.join('\n');
}

// pages: [{heading, paragraphs: [string | [line]], footer?}]; returns a Buffer holding a complete PDF file.
export function makePdf({ title, author, pages }) {
  const objects = []; // body of object n at index n-1
  const add = (body) => objects.push(body); // push returns the new length: the object's number
  const catalog = add(null);
  const pageTree = add(null);
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids = pages.map((page, i) => {
    const footer = pages.length > 1 ? `${page.footer ?? ''}    Pagina ${i + 1} van ${pages.length}`.trim() : page.footer;
    const stream = Buffer.from(pageContent({ ...page, footer }), 'latin1');
    const content = add(Buffer.concat([Buffer.from(`<< /Length ${stream.length} >>\nstream\n`), stream, Buffer.from('\nendstream')]));
    return add(`<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] `
      + `/Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`);
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = add(`<< /Title ${pdfString(title)} /Author ${pdfString(author)} /Producer (zgw fixture) >>`);

  const chunks = [Buffer.from('%PDF-1.4\n')];
  let offset = chunks[0].length;
  const offsets = objects.map((body, i) => {
    const bytes = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    chunks.push(bytes);
    const at = offset;
    offset += bytes.length;
    return at;
  });
  // Each xref entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, n/f, CR LF.
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f\r\n',
    ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n\r\n`),
    `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${offset}\n%%EOF\n`];
  chunks.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(chunks);
}
