#!/usr/bin/env node
// Extracts the PRM-IT V3 "A2 Customer Relationships" reference model (nodes and their
// IDEF0 controls/inputs/outputs) from a noisy PDF-to-text rendering of the reference book,
// and writes src/a2/a2-model.json.
//
// Only structure is taken from the book: node ids, node names, work-product names and their
// From:/To: references. The book's description prose is deliberately never read into the
// output; every description comes from src/a2/a2-descriptions.json, written in our own words.
//
// Usage: node scripts/extract-a2-model.mjs [seed-path]
//   seed-path defaults to ../shared/seeds/000_8cc33772c5d39bd7.txt relative to the repo root.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const OUTSIDE = 'outside';

const ID_RE = /^A\d+$/;
const HEADING_RE = /^\[(A2\d{0,2})\]\s+(.+?)\s*$/;
const TREE_LINE_RE = /^(A2\d{1,2})\t+(.+?)\s*$/;
const ICOM_SECTIONS = new Set(['controls', 'inputs', 'outputs']);
// Headings that close an ICOM section without starting another one.
const OTHER_SECTION_HEADINGS = new Set([
    'activities', 'processes', 'purpose', 'description', 'outcomes', 'scope',
    'includes', 'excludes', 'rationale', 'value'
]);
// Small words stay lower case inside a title, as the book's headings do.
const SMALL_WORDS = new Set([
    'a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or',
    'the', 'to', 'with', 'via', 'vs'
]);
// Whole-word misspellings seen in the book, corrected when canonicalizing names so a misspelt
// name groups with its correct spelling. ("operational sevel agreements" occurs only in the
// SLA description prose, so today no entry name needs it.)
const WORD_TYPOS = new Map([
    ['sevel', 'level']
]);
// Bullet glyphs produced by the PDF conversion: dashes, squares, diamonds, middle dots and
// Private Use Area code points (Wingdings/Symbol fonts).
const BULLET_RE = /^(?:-\s+|[■◆·•▪●○◦\uE000-\uF8FF]\s*)+/u;
const ID_LIST_CONTINUATION_RE = /^(?:(?:A\d+|outside[-\s]+the[-\s]+model)\s*)+\)?$/i;
const ENTRY_WITH_REFS_RE = /^(?<name>[^()]+?)\s*\((?<dir>From|To)\s*:\s*(?<refs>[^)]*?)\s*(?<close>\))?\s*$/i;
const REF_ONLY_RE = /^\((?<dir>From|To)\s*:\s*(?<refs>[^)]*?)\s*(?<close>\))?\s*$/i;

// ---------------------------------------------------------------------------------------
// Line level noise

function isNoiseLine(line) {
    const t = line.trim();
    return (
        /^\^\{\d+\.?\}/.test(t) || // footnote markers such as ^{4.} ITIL V3 Glossary
        /^\d{1,3}\.\s+(?:Both\s+)?(?:ITIL|See)\b.*Glossary/.test(t) || // footnotes that lost the caret
        /^Figure\s+\d+\./.test(t) || // figure captions
        /^IBM Process Reference Model for IT\b/.test(t) || // running page header
        /^A\d+\s*[-–]\s*\d+$/.test(t) // page numbers such as "A2 - 86"
    );
}

function isBlank(line) {
    return line.replace(/[\s\u00a0]+/g, '') === '';
}

function stripBullets(line) {
    const trimmed = line.replace(/^[\s\u00a0]+/, '');
    const m = BULLET_RE.exec(trimmed);
    return m ? trimmed.slice(m[0].length).trim() : trimmed.trim();
}

function words(text) {
    return text.split(/\s+/).filter(Boolean);
}

// A work-product name is a short title-cased phrase: no sentence punctuation, no colon, no
// parenthesis, every significant word capitalized (acronyms such as "SLAs" included).
function looksLikeName(text, maxWords = 9) {
    const t = text.replace(/\.$/, '');
    if (t.length === 0 || /[:;()"“”?!]/.test(t) || /\.\s/.test(t)) return false;
    const ws = words(t);
    if (ws.length === 0 || ws.length > maxWords) return false;
    return ws.every((w, i) => {
        const core = w.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
        if (core === '') return /^[-–_&,]+$/.test(w);
        if (/^[A-Z0-9]/.test(core)) return true;
        return i > 0 && SMALL_WORDS.has(core.toLowerCase());
    });
}

// Description prose reads as a sentence: capitalized start, at least five words, and an
// ordinary lower-case word among the first three ("A document that ...", "Data from ...").
// That rejects sub-bullets such as "IT Service Continuity Management (See the definition ...)".
function looksLikeDescription(text) {
    const ws = words(text);
    if (!/^["“'A-Z0-9]/.test(text) || ws.length < 5 || looksLikeName(text, 12)) return false;
    return ws.slice(0, 3).some((w) => /^[a-z]/.test(w.replace(/^[^A-Za-z0-9]+/, '')));
}

// ---------------------------------------------------------------------------------------
// Names

/** Grouping key: case, punctuation, spacing and known word typos do not matter. */
export function nameKey(name) {
    return words(name.toLowerCase().replace(/[^a-z0-9]+/g, ' '))
        .map((w) => WORD_TYPOS.get(w) ?? w)
        .join(' ');
}

function titleCaseWord(word, isFirst) {
    const lower = word.toLowerCase();
    if (WORD_TYPOS.has(lower)) word = WORD_TYPOS.get(lower);
    // Mixed or upper case beyond the first letter marks an acronym (IT, SLAs, OLAs): keep it.
    if (/[A-Z]/.test(word.slice(1))) return word;
    if (!isFirst && SMALL_WORDS.has(word.toLowerCase())) return word.toLowerCase();
    return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The display form of a name: "_" conversion artifacts become " - ", sensible title case. */
export function canonicalDisplayName(raw) {
    const cleaned = raw
        .replace(/\s*_\s*/g, ' - ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[.,;]+$/, '');
    return words(cleaned)
        .map((w, i) => (w === '-' ? w : titleCaseWord(w, i === 0)))
        .join(' ');
}

function cleanRawName(raw) {
    return raw.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------
// References

function parseRefs(refText, warn, where) {
    const normalized = refText.replace(/outside[-\s]+the[-\s]+model/gi, ` ${OUTSIDE} `);
    const refs = [];
    for (const token of words(normalized)) {
        const t = token.replace(/[,.;]+$/, '');
        if (t === OUTSIDE || ID_RE.test(t)) {
            if (!refs.includes(t)) refs.push(t);
        } else if (t) {
            warn(`${where}: unexpected reference token "${t}"`);
        }
    }
    return refs;
}

// ---------------------------------------------------------------------------------------
// Document structure

function findBody(lines) {
    // The table of contents also lists "[A2] Customer Relationships"; the body starts at the
    // second occurrence, and ends where the node tree appendix begins.
    const starts = [];
    lines.forEach((l, i) => {
        const m = HEADING_RE.exec(l.trim());
        if (m && m[1] === 'A2') starts.push(i);
    });
    if (starts.length < 2) throw new Error('could not find the body heading "[A2] Customer Relationships"');
    const start = starts[1];
    let end = lines.findIndex((l, i) => i > start && /^PRM-IT A2 Node Tree\s*$/.test(l.trim()));
    if (end < 0) end = lines.length;
    return { start, end };
}

function parseNodeTree(lines, from) {
    const tree = new Map();
    for (let i = from; i < lines.length; i++) {
        const m = TREE_LINE_RE.exec(lines[i]);
        if (m) tree.set(m[1], m[2]);
        const top = /^(A2)\s+[–-]\s+(.+?)\s*$/.exec(lines[i]);
        if (top) tree.set(top[1], top[2]);
    }
    return tree;
}

/** Splits the body into node blocks, and each block into raw ICOM section lines. */
function splitBody(lines, start, end) {
    const blocks = [];
    let block;
    let section;
    for (let i = start; i < end; i++) {
        const line = lines[i];
        const trimmed = line.trim();
        const heading = HEADING_RE.exec(trimmed);
        if (heading) {
            block = { id: heading[1], heading: heading[2], line: i + 1, sections: { controls: [], inputs: [], outputs: [] }, childList: [] };
            blocks.push(block);
            section = undefined;
            continue;
        }
        if (!block) continue;
        const lower = trimmed.toLowerCase();
        if (ICOM_SECTIONS.has(lower)) {
            section = lower;
            continue;
        }
        if (OTHER_SECTION_HEADINGS.has(lower)) {
            section = lower === 'activities' || lower === 'processes' ? 'children' : undefined;
            continue;
        }
        if (section === 'children') {
            const child = /^[-■\s]*(A2\d{1,2})\s+(.+?)\s*$/.exec(trimmed);
            if (child) block.childList.push({ id: child[1], name: child[2] });
            continue;
        }
        if (section) block.sections[section].push({ text: line, line: i + 1 });
    }
    return blocks;
}

/** Classifies the raw lines of one ICOM section. */
function tokenizeSection(rawLines) {
    const items = [];
    for (const { text, line } of rawLines) {
        if (isBlank(text)) {
            items.push({ kind: 'blank', line });
            continue;
        }
        if (isNoiseLine(text)) continue;
        const body = stripBullets(text);
        if (body === '') {
            items.push({ kind: 'blank', line });
            continue;
        }
        if (ID_LIST_CONTINUATION_RE.test(body)) {
            items.push({ kind: 'continuation', line, body });
            continue;
        }
        const refOnly = REF_ONLY_RE.exec(body);
        if (refOnly) {
            items.push({ kind: 'refsOnly', line, body, dir: refOnly.groups.dir, refs: refOnly.groups.refs, closed: Boolean(refOnly.groups.close) });
            continue;
        }
        const entry = ENTRY_WITH_REFS_RE.exec(body);
        // A lower-case start is allowed here: it may be the tail of a name broken across lines.
        const upperFirst = (t) => t.charAt(0).toUpperCase() + t.slice(1);
        if (entry && looksLikeName(upperFirst(entry.groups.name), 12)) {
            items.push({
                kind: 'entry', line, body,
                name: entry.groups.name, dir: entry.groups.dir, refs: entry.groups.refs, closed: Boolean(entry.groups.close)
            });
            continue;
        }
        if (looksLikeName(body)) {
            items.push({ kind: 'candidate', line, body, name: body });
            continue;
        }
        items.push({ kind: 'text', line, body });
    }
    return items;
}

function nextContent(items, i) {
    for (let j = i + 1; j < items.length; j++) if (items[j].kind !== 'blank') return { item: items[j], index: j };
    return undefined;
}

function prevContent(items, i) {
    for (let j = i - 1; j >= 0; j--) if (items[j].kind !== 'blank') return items[j];
    return undefined;
}

/**
 * Turns section items into entries { rawName, dir, refText, line }.
 * knownKeys: name keys of all entries found so far, used to recover names that the PDF
 * conversion glued onto the end of their own description paragraph.
 */
function entriesOfSection(items, knownKeys, warn, where) {
    const entries = [];
    let open; // an entry whose "(From: ..." list has not been closed yet
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        switch (item.kind) {
            case 'blank':
                break;
            case 'continuation': {
                // A reference list broken across lines; its tail can even land after later
                // entries, so it attaches to whichever list is still open in this section.
                if (!open) {
                    warn(`${where} line ${item.line}: stray reference list "${item.body}"`);
                    break;
                }
                open.refText += ` ${item.body.replace(/\)\s*$/, '')}`;
                if (/\)\s*$/.test(item.body)) open = undefined;
                break;
            }
            case 'refsOnly': {
                // "(From: ...)" on its own line belongs to the name on the line before.
                const prev = prevContent(items, i);
                if (prev && prev.kind === 'candidate' && entries.at(-1)?.item === prev) {
                    const e = entries.at(-1);
                    e.dir = item.dir;
                    e.refText = item.refs;
                    if (!item.closed) open = e;
                } else {
                    warn(`${where} line ${item.line}: reference list without a name`);
                }
                break;
            }
            case 'entry': {
                let rawName = item.name;
                // A name broken across lines: the tail starts lower case and the head is the
                // title-cased fragment right above it.
                const above = items[i - 1];
                if (/^[a-z]/.test(rawName) && above && above.kind === 'candidate') {
                    rawName = `${above.body} ${rawName}`;
                    if (entries.at(-1)?.item === above) entries.pop();
                }
                const e = { item, rawName, dir: item.dir, refText: item.refs, line: item.line };
                entries.push(e);
                if (!item.closed) open = e;
                break;
            }
            case 'candidate': {
                const next = nextContent(items, i);
                const prev = prevContent(items, i);
                const followedByDescription =
                    next !== undefined && (next.item.kind === 'text' || next.item.kind === 'refsOnly') &&
                    (next.item.kind === 'refsOnly' || looksLikeDescription(next.item.body));
                // In the category block entries carry no descriptions: a name sitting between
                // two referenced entries (or a section edge) is an entry too.
                const betweenEntries =
                    (prev === undefined || prev.kind === 'entry') &&
                    (next === undefined || next.item.kind === 'entry');
                if (followedByDescription || betweenEntries) {
                    entries.push({ item, rawName: item.name, dir: undefined, refText: '', line: item.line });
                }
                break;
            }
            case 'text': {
                // "... marketplace. Market Data": a name the conversion moved behind its own
                // description. Only names that exist elsewhere as entries are recovered.
                const m = /\.\s+([A-Z][^.]{2,80}?)\s*$/.exec(item.body);
                if (m && looksLikeName(m[1]) && knownKeys.has(nameKey(m[1]))) {
                    entries.push({ item, rawName: m[1], dir: undefined, refText: '', line: item.line });
                }
                break;
            }
        }
    }
    if (open) warn(`${where}: reference list of "${open.rawName}" is never closed`);
    return entries;
}

// ---------------------------------------------------------------------------------------
// Model assembly

function kindOf(id) {
    if (id.length === 2) return 'category';
    if (id.length === 3) return 'process';
    return 'activity';
}

function parentOf(id) {
    return id.length > 2 ? id.slice(0, -1) : null;
}

function compareText(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Pure extraction: seed text + our descriptions -> model object (ready for JSON).
 * @param {string} text the seed text
 * @param {{nodes?: Record<string,string>, workProducts?: Record<string,string>}} descriptions
 * @param {{onWarning?: (message: string) => void}} [options]
 */
export function extractA2Model(text, descriptions = {}, options = {}) {
    const warn = options.onWarning ?? (() => {});
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const { start, end } = findBody(lines);
    const tree = parseNodeTree(lines, end);
    const blocks = splitBody(lines, start, end);

    // Two passes: the first collects the names of all clearly marked entries so the second
    // can recover names that the conversion displaced into description paragraphs.
    const tokenized = blocks.map((b) => ({
        block: b,
        sections: Object.fromEntries(Object.entries(b.sections).map(([k, v]) => [k, tokenizeSection(v)]))
    }));
    const knownKeys = new Set();
    for (const t of tokenized) {
        for (const section of Object.keys(t.sections)) {
            for (const e of entriesOfSection(t.sections[section], new Set(), () => {}, '')) knownKeys.add(nameKey(e.rawName));
        }
    }

    const seenIds = new Set();
    const siblingCount = new Map();
    const variants = new Map(); // key -> Map(raw spelling -> count)
    const parsedNodes = [];
    for (const { block, sections } of tokenized) {
        if (seenIds.has(block.id)) {
            warn(`node ${block.id} appears twice (line ${block.line}); the later block is ignored`);
            continue;
        }
        seenIds.add(block.id);
        const parent = parentOf(block.id);
        if (parent !== null && !seenIds.has(parent)) warn(`node ${block.id} appears before its parent ${parent}`);
        const order = (siblingCount.get(parent) ?? 0) + 1;
        siblingCount.set(parent, order);

        const icoms = {};
        for (const section of ['controls', 'inputs', 'outputs']) {
            const where = `${block.id} ${section}`;
            const expectedDir = section === 'outputs' ? 'to' : 'from';
            const list = [];
            for (const e of entriesOfSection(sections[section], knownKeys, warn, where)) {
                if (e.dir !== undefined && e.dir.toLowerCase() !== expectedDir) {
                    warn(`${where} line ${e.line}: "${e.rawName}" says ${e.dir}: in a ${section} section`);
                }
                const rawName = cleanRawName(e.rawName);
                const key = nameKey(rawName);
                let refs = parseRefs(e.refText, warn, `${where} line ${e.line}`);
                // No source/destination named: the book treats it as exchanged with the
                // world outside the model.
                if (refs.length === 0) refs = [OUTSIDE];
                const existing = list.find((x) => x.key === key);
                if (existing) {
                    warn(`${where}: "${rawName}" listed twice; references merged`);
                    for (const r of refs) if (!existing.refs.includes(r)) existing.refs.push(r);
                    continue;
                }
                if (!variants.has(key)) variants.set(key, new Map());
                const spellings = variants.get(key);
                spellings.set(rawName, (spellings.get(rawName) ?? 0) + 1);
                list.push({ key, refs });
            }
            icoms[section] = list;
        }
        parsedNodes.push({ id: block.id, heading: block.heading, parent, order, icoms, childList: block.childList });
    }

    // Cross-checks against the node tree appendix and the "composed of" lists.
    for (const n of parsedNodes) {
        const treeName = tree.get(n.id);
        if (treeName === undefined) warn(`node ${n.id} "${n.heading}" is missing from the node tree`);
        else if (nameKey(treeName) !== nameKey(n.heading)) warn(`node ${n.id}: heading "${n.heading}" differs from node tree "${treeName}"`);
        const actualChildren = parsedNodes.filter((c) => c.parent === n.id).map((c) => c.id);
        if (n.childList.length > 0 && n.childList.map((c) => c.id).join(' ') !== actualChildren.join(' ')) {
            warn(`node ${n.id}: listed children ${n.childList.map((c) => c.id).join(' ')} differ from body ${actualChildren.join(' ')}`);
        }
    }
    for (const id of tree.keys()) if (!seenIds.has(id)) warn(`node tree lists ${id} but the body has no such node`);

    // One canonical name per work product; every other spelling seen becomes an alias.
    const canonical = new Map();
    for (const [key, spellings] of variants) {
        const ranked = [...spellings.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
        const name = canonicalDisplayName(ranked[0][0]);
        const aliases = [...spellings.keys()].filter((s) => s !== name).sort(compareText);
        canonical.set(key, { name, aliases });
    }

    const nodeDescriptions = descriptions.nodes ?? {};
    const wpDescriptions = descriptions.workProducts ?? {};
    const nodes = parsedNodes.map((n) => {
        const description = nodeDescriptions[n.id];
        if (!description) warn(`no description for node ${n.id}`);
        const entryList = (list) => list.map((x) => ({ name: canonical.get(x.key).name, refs: x.refs }));
        return {
            id: n.id,
            name: canonicalDisplayName(n.heading),
            kind: kindOf(n.id),
            parent: n.parent,
            order: n.order,
            description: description ?? '',
            controls: entryList(n.icoms.controls),
            inputs: entryList(n.icoms.inputs),
            outputs: entryList(n.icoms.outputs)
        };
    });
    const workProducts = [...canonical.values()]
        .sort((a, b) => compareText(a.name, b.name))
        .map(({ name, aliases }) => {
            const description = wpDescriptions[name];
            if (!description) warn(`no description for work product "${name}"`);
            return { name, aliases, description: description ?? '' };
        });
    for (const id of Object.keys(nodeDescriptions)) if (!seenIds.has(id)) warn(`description for unknown node ${id}`);
    const wpNames = new Set(workProducts.map((w) => w.name));
    for (const name of Object.keys(wpDescriptions)) if (!wpNames.has(name)) warn(`description for unknown work product "${name}"`);

    return { nodes, workProducts };
}

/** Deterministic JSON text: key order as built, 2-space indent, trailing newline. */
export function serializeModel(model) {
    return `${JSON.stringify(model, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------
// CLI

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultSeedPath = path.resolve(repoRoot, '../shared/seeds/000_8cc33772c5d39bd7.txt');
export const descriptionsPath = path.resolve(repoRoot, 'src/a2/a2-descriptions.json');
export const modelPath = path.resolve(repoRoot, 'src/a2/a2-model.json');

function main(argv) {
    const seedPath = argv[2] ? path.resolve(argv[2]) : defaultSeedPath;
    const text = readFileSync(seedPath, 'utf8');
    const descriptions = JSON.parse(readFileSync(descriptionsPath, 'utf8'));
    const warnings = [];
    const model = extractA2Model(text, descriptions, { onWarning: (m) => warnings.push(m) });
    for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
    writeFileSync(modelPath, serializeModel(model));
    const count = (kind) => model.nodes.filter((n) => n.kind === kind).length;
    process.stdout.write(
        `wrote ${path.relative(process.cwd(), modelPath)}: ${count('category')} category, ${count('process')} processes, ` +
        `${count('activity')} activities, ${model.workProducts.length} work products\n`
    );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
    main(process.argv);
}
