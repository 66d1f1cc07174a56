import type * as Sarif from 'sarif';
import type { CommitmentChange, CommitmentDiff } from '../../diff/commitment-change.js';
import { SARIF_SCHEMA_URI } from '../report/sarif-format.js';
import { changeSentence } from './change-words.js';
import type { FailOn } from './diff-fail-on.js';
import { shownFile, type SideFolders } from './shown-location.js';

export interface SarifDiffOptions {
    readonly toolVersion: string;
    readonly informationUri?: string;
    /** Absolute `file:` URI of the current folder, which the paths start from. */
    readonly srcRootUri?: string;
    readonly failOn: FailOn;
    readonly folders: SideFolders;
}

/** The one rule: a pull request promises someone less or later than before. */
export const WEAKER_COMMITMENT_RULE = 'weaker-commitment';
const SRCROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0 for code scanning: one result per weaker change, on its line on the head
 * side (the base side's file for a removal). An acknowledged change is a result suppressed
 * in source, with its reason as the justification, so that code scanning shows it as
 * dismissed rather than open. Under `--fail-on none` they are warnings, else errors.
 */
export function formatSarifDiff(diff: CommitmentDiff, options: SarifDiffOptions): string {
    const rule: Sarif.ReportingDescriptor = {
        id: WEAKER_COMMITMENT_RULE,
        name: 'WeakerCommitment',
        shortDescription: { text: 'A change promises someone less or later than before.' },
        fullDescription: {
            text: 'A target loosened, a window lengthened, a credit lowered or removed, hours narrowed, validity shortened, a service '
                + 'retired or an agreement removed while in force, a supporting agreement dropped. If the weakening is intended, write '
                + '`@weaker <reason>` in the doc comment of the element that changed.'
        },
        defaultConfiguration: { level: 'error' }
    };
    const run: Sarif.Run = {
        tool: {
            driver: {
                name: 'svcdef',
                version: options.toolVersion,
                ...(options.informationUri ? { informationUri: options.informationUri } : {}),
                rules: [rule]
            }
        },
        ...(options.srcRootUri ? { originalUriBaseIds: { [SRCROOT]: { uri: withTrailingSlash(options.srcRootUri) } } } : {}),
        results: diff.changes.filter(change => change.effect === 'weaker').map(change => result(change, options))
    };
    const log: Sarif.Log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
    return `${JSON.stringify(log, null, 2)}\n`;
}

function result(change: CommitmentChange, options: SarifDiffOptions): Sarif.Result {
    return {
        ruleId: WEAKER_COMMITMENT_RULE,
        ruleIndex: 0,
        // An acknowledged result keeps the level it would have: its suppression is what marks it accepted.
        level: options.failOn === 'none' ? 'warning' : 'error',
        message: { text: `Weaker: ${changeSentence(change)}.` },
        locations: [{
            physicalLocation: {
                artifactLocation: { uri: encodeRelativeUri(shownFile(change, options.folders)), uriBaseId: SRCROOT },
                region: { startLine: change.location.line }
            }
        }],
        // Code scanning tells results apart across runs by these, not by line: a change moved down a file stays one alert.
        partialFingerprints: { svcdefChange: `${change.element.kind}/${change.element.name}/${change.aspect}` },
        ...(change.acknowledged !== undefined
            ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: change.acknowledged }] }
            : {})
    };
}

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function encodeRelativeUri(path: string): string {
    return path.split('/').map(segment => encodeURIComponent(segment)).join('/');
}

function withTrailingSlash(uri: string): string {
    return uri.endsWith('/') ? uri : `${uri}/`;
}
