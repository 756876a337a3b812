// JSON to block-style YAML, for downloading a contract version the dictionary holds as JSON. Strings that
// YAML could read as something else (numbers, booleans, dates, indicators) are double-quoted with JSON's
// escapes, which YAML's double-quoted style shares.

const PLAIN = /^[A-Za-z_./][A-Za-z0-9_ ./()+-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

function scalar(value) {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  if (PLAIN.test(text) && !RESERVED.test(text) && !text.endsWith(' ') && !text.includes(' #')) return text;
  return JSON.stringify(text);
}

function isBlock(value) {
  return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
}

function inline(value) {
  if (Array.isArray(value)) return '[]';
  if (value !== null && typeof value === 'object') return '{}';
  return scalar(value);
}

function lines(value, indent) {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (!isBlock(item)) return [`${pad}- ${inline(item)}`];
      const inner = lines(item, indent + 2);
      inner[0] = `${pad}- ${inner[0].slice(indent + 2)}`;
      return inner;
    });
  }
  return Object.entries(value).flatMap(([key, item]) => {
    if (!isBlock(item)) return [`${pad}${scalar(key)}: ${inline(item)}`];
    return [`${pad}${scalar(key)}:`, ...lines(item, Array.isArray(item) ? indent : indent + 2)];
  });
}

/** The YAML text of a JSON value (an object or an array). */
export function toYaml(value) {
  return isBlock(value) ? `${lines(value, 0).join('\n')}\n` : `${inline(value)}\n`;
}

/** A link that downloads text as a file, without a round trip to the server. */
export function downloadLink(label, fileName, text, type = 'application/yaml') {
  const a = document.createElement('a');
  a.textContent = label;
  a.download = fileName;
  a.href = URL.createObjectURL(new Blob([text], { type }));
  return a;
}
