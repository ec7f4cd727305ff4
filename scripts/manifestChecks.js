// Offline checks of the Outlook add-in manifest: Microsoft's XSDs (through xmllint-wasm, no
// network, no system library) and what the schemas cannot say: https everywhere, every resid
// defined, icons present at their declared sizes, SourceLocation on the built task pane page.
// Used by `npm run validate` (scripts/validateManifest.js) and by test/hosts/outlook.
const fs = require('node:fs');
const path = require('node:path');
const { validateXML } = require('xmllint-wasm');

/** The root schema of XML add-in only manifests; the others in the folder are its imports. */
const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** Command icons come at these sizes (bt:Image size), app icons at 64 and 128. */
const BUTTON_ICON_SIZES = ['16', '32', '80'];
const APP_ICONS = { IconUrl: 64, HighResolutionIconUrl: 128 };

/** Elements whose DefaultValue (and Override Value) is a URL. */
const URL_ELEMENTS = new Set([
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'SourceLocation',
  'bt:Image',
  'bt:Url',
]);

/** Which resource list an element's resid must name. */
const RESID_KINDS = {
  'bt:Image': 'bt:Images',
  SourceLocation: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
  Tooltip: 'bt:LongStrings',
};

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return String.fromCodePoint(code);
    }
    return ENTITIES[ref] ?? whole;
  });
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([A-Za-z_][\w.:-]*)\s*>|<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/y;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Parses well-formed XML (the schema step has already vouched for it) into elements with their
 * line, attributes (entities decoded), children and text. Namespace prefixes stay in names.
 */
function parseXml(xml) {
  const root = { name: '#document', attributes: {}, children: [], text: '', line: 1, parent: null };
  let current = root;
  let line = 1;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(xml);
    if (!match) throw new Error(`line ${line}: not well-formed XML`);
    const [whole, cdata, closing, opening, attributeText, selfClosing, text] = match;
    if (opening) {
      const attributes = {};
      for (const [, name, double, single] of (attributeText ?? '').matchAll(ATTRIBUTE)) {
        attributes[name] = decode(double ?? single ?? '');
      }
      const element = { name: opening, attributes, children: [], text: '', line, parent: current };
      current.children.push(element);
      if (!selfClosing) current = element;
    } else if (closing) {
      if (closing !== current.name)
        throw new Error(`line ${line}: </${closing}> closes <${current.name}>`);
      current = current.parent;
    } else if (text !== undefined) {
      current.text += decode(text);
    } else if (cdata !== undefined) {
      current.text += cdata;
    }
    line += (whole.match(/\n/g) ?? []).length;
    if (TOKEN.lastIndex === start) break;
  }
  if (current !== root) throw new Error(`<${current.name}> is never closed`);
  return root;
}

function* walk(element) {
  for (const child of element.children) {
    yield child;
    yield* walk(child);
  }
}

function closest(element, name) {
  for (let at = element.parent; at; at = at.parent) if (at.name === name) return at;
  return undefined;
}

/** Width and height of a PNG file from its IHDR chunk, or a reason it is not a PNG. */
function pngSize(bytes) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature))
    return { error: 'is not a PNG file' };
  if (bytes.toString('ascii', 12, 16) !== 'IHDR')
    return { error: 'is a PNG without its IHDR header' };
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function schemaErrors(xml, schemaDir) {
  if (!fs.existsSync(path.join(schemaDir, ROOT_SCHEMA))) {
    return [
      `schemas not found: ${path.join(schemaDir, ROOT_SCHEMA)} is missing. Keep ../shared beside ` +
        'the repository, or set DULY_MANIFEST_SCHEMAS to the folder of the Office manifest XSDs.',
    ];
  }
  const read = (fileName) => ({
    fileName,
    contents: fs.readFileSync(path.join(schemaDir, fileName), 'utf8'),
  });
  const others = fs.readdirSync(schemaDir).filter((f) => f.endsWith('.xsd') && f !== ROOT_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [read(ROOT_SCHEMA)],
    preload: others.sort().map(read),
  });
  if (result.valid) return [];
  return result.errors.map((e) => {
    const where = e.loc?.lineNumber ? `line ${e.loc.lineNumber}: ` : '';
    return `${where}schema: ${e.message.replace(/\{http[^}]*\}/g, '')}`;
  });
}

/**
 * Checks a manifest. `baseUrl` is where the add-in is served (every URL of ours starts with it);
 * `root` is the folder a URL path under it maps to (the repository for the source manifest, the
 * build output for a built one); `pages` names the task pane and commands pages webpack builds.
 * Resolves with every problem found, each a sentence with its line; none means valid.
 */
async function checkManifest({ xml, schemaDir, baseUrl, root, pages, requirePagesBuilt = false }) {
  const errors = await schemaErrors(xml, schemaDir);
  let document;
  try {
    document = parseXml(xml);
  } catch (error) {
    return [...errors, error.message];
  }
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const elements = [...walk(document)];
  const at = (element) => `line ${element.line}: <${element.name}>`;

  // https everywhere: namespaces are names, not requests, so xmlns attributes are skipped.
  for (const element of elements) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const isUrlValue =
        URL_ELEMENTS.has(element.name) && (name === 'DefaultValue' || name === 'Value');
      const isOverrideUrl =
        element.name === 'Override' && URL_ELEMENTS.has(element.parent?.name) && name === 'Value';
      if (
        (isUrlValue || isOverrideUrl || /:\/\//.test(value)) &&
        !/^https:\/\/[^\s/]+/i.test(value)
      ) {
        errors.push(
          `${at(element)} ${name}="${value}" is not an https URL: Outlook loads add-ins over https only.`,
        );
      }
    }
    const text = element.text.trim();
    if (
      (element.name === 'AppDomain' || /:\/\//.test(text)) &&
      text &&
      !/^https:\/\//i.test(text)
    ) {
      errors.push(
        `${at(element)} "${text}" is not an https URL: Outlook loads add-ins over https only.`,
      );
    }
  }

  // Every resid names a resource of the right kind in its own VersionOverrides.
  const resources = new Map();
  const resourcesOf = (overrides) => {
    if (!resources.has(overrides)) {
      const defined = new Map();
      const block = overrides?.children.find((c) => c.name === 'Resources');
      for (const list of block?.children ?? []) {
        for (const item of list.children)
          if (item.attributes.id) defined.set(item.attributes.id, { list: list.name, item });
      }
      resources.set(overrides, defined);
    }
    return resources.get(overrides);
  };
  const lookup = (element) => {
    const id = element.attributes.resid;
    const found = resourcesOf(closest(element, 'VersionOverrides')).get(id);
    if (!found) {
      errors.push(
        `${at(element)} resid="${id}" is not defined in the <Resources> of its VersionOverrides.`,
      );
      return undefined;
    }
    const kind = RESID_KINDS[element.name];
    if (kind && found.list !== kind) {
      errors.push(
        `${at(element)} resid="${id}" names a ${found.list} entry; it must be in ${kind}.`,
      );
      return undefined;
    }
    return found.item;
  };

  // Icons: the file behind each URL exists here and is a PNG of the declared size.
  const checkIcon = (element, url, size) => {
    if (!url.startsWith(base)) {
      errors.push(`${at(element)} icon ${url} is not under ${base}, where the add-in is served.`);
      return;
    }
    const file = path.join(root, decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]));
    const shown = path.relative(process.cwd(), file) || file;
    if (!fs.existsSync(file)) {
      errors.push(`${at(element)} icon ${url}: ${shown} does not exist.`);
      return;
    }
    const found = pngSize(fs.readFileSync(file));
    if (found.error) errors.push(`${at(element)} icon ${shown} ${found.error}.`);
    else if (found.width !== size || found.height !== size) {
      errors.push(
        `${at(element)} icon ${shown} is ${found.width} x ${found.height} px; declared ${size} x ${size}.`,
      );
    }
  };

  // Pages: the task pane everywhere it is named, the commands page as the function file.
  const checkPage = (element, url, page) => {
    const expected = `${base}${page}`;
    if (url !== expected) {
      errors.push(`${at(element)} points at ${url}; the built page is ${expected}.`);
    } else if (requirePagesBuilt && !fs.existsSync(path.join(root, page))) {
      errors.push(`${at(element)} points at ${url}, but ${path.join(root, page)} was not built.`);
    }
  };

  for (const element of elements) {
    const { resid } = element.attributes;
    const item = resid !== undefined ? lookup(element) : undefined;
    const url = item?.attributes.DefaultValue ?? element.attributes.DefaultValue;
    if (element.name === 'bt:Image' && resid !== undefined) {
      if (!BUTTON_ICON_SIZES.includes(element.attributes.size)) {
        errors.push(
          `${at(element)} size="${element.attributes.size}": button icons come at 16, 32 and 80 px.`,
        );
      } else if (item) checkIcon(element, url, Number(element.attributes.size));
    } else if (element.name in APP_ICONS && url) {
      checkIcon(element, url, APP_ICONS[element.name]);
    } else if (element.name === 'SourceLocation' && url) {
      checkPage(element, url, pages.taskpane);
    } else if (element.name === 'FunctionFile' && url && pages.commands) {
      checkPage(element, url, pages.commands);
    }
  }
  for (const [name, size] of Object.entries(APP_ICONS)) {
    if (!elements.some((e) => e.name === name))
      errors.push(`<${name}> is missing: the add-in needs a ${size} px icon.`);
  }
  for (const element of elements.filter((e) => e.name === 'Icon')) {
    const sizes = element.children
      .filter((c) => c.name === 'bt:Image')
      .map((c) => c.attributes.size);
    for (const size of BUTTON_ICON_SIZES) {
      if (!sizes.includes(size)) errors.push(`${at(element)} has no ${size} px image.`);
    }
  }
  return errors;
}

module.exports = { checkManifest, parseXml, pngSize, ROOT_SCHEMA };
