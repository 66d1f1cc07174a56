/**
 * The command line of `npm run bench`:
 *
 *   npm run bench                               1k, 10k and 50k, the default number of runs
 *   npm run bench -- --sizes 1k,10k --runs 5    chosen sizes, N runs of every figure
 *   npm run bench -- --quick                    1k, one run, no report files: a smoke test
 *   npm run bench -- --figures validate,lsp     only some figures (parse is always measured)
 *   npm run bench -- --profile                  also one CPU-profiled run per figure
 *   npm run bench -- --report-only              BENCHMARKS.md again from the stored figures
 */
import { SIZES } from './generate-workspace.mjs';

export const FIGURES = ['parse', 'kept', 'validate', 'errors', 'diff', 'lsp', 'catalog', 'phases'];

/** The figures the ratio budgets divide: measured more often, as this kind of machine drifts by a fifth within minutes. */
const RATIO_FIGURES = ['parse', 'kept', 'validate', 'errors', 'diff'];

/** Runs per figure when --runs is not given: fewer where one run takes minutes. */
export function defaultRuns(size, figure) {
    if (RATIO_FIGURES.includes(figure)) return 5;
    if (figure === 'phases') return 1;
    return size === '50k' ? 1 : 3;
}

export class OptionError extends Error {}

export function parseOptions(args) {
    const options = { sizes: Object.keys(SIZES), runs: undefined, quick: false, reportOnly: false, figures: [...FIGURES], profile: false, seed: undefined };
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
        const value = () => {
            const next = inline ?? args[++i];
            if (next === undefined || next.startsWith('--')) throw new OptionError(`${flag} needs a value.`);
            return next;
        };
        switch (flag) {
            case '--sizes': {
                const sizes = value().split(',').map(size => size.trim()).filter(Boolean);
                const unknown = sizes.filter(size => !(size in SIZES));
                if (unknown.length > 0 || sizes.length === 0) {
                    throw new OptionError(`--sizes: unknown size ${unknown.join(', ') || '(none)'}; choose from ${Object.keys(SIZES).join(', ')}.`);
                }
                options.sizes = Object.keys(SIZES).filter(size => sizes.includes(size));
                break;
            }
            case '--runs': {
                const runs = Number(value());
                if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new OptionError('--runs: give a whole number from 1 to 20.');
                options.runs = runs;
                break;
            }
            case '--figures': {
                const figures = value().split(',').map(figure => figure.trim()).filter(Boolean);
                const unknown = figures.filter(figure => !FIGURES.includes(figure));
                if (unknown.length > 0) throw new OptionError(`--figures: unknown figure ${unknown.join(', ')}; choose from ${FIGURES.join(', ')}.`);
                // Every ratio is to the parse-only lower bound, so it is always measured.
                options.figures = FIGURES.filter(figure => figure === 'parse' || figures.includes(figure));
                break;
            }
            case '--seed': {
                const seed = Number(value());
                if (!Number.isInteger(seed) || seed < 0) throw new OptionError('--seed: give a non-negative whole number.');
                options.seed = seed;
                break;
            }
            case '--quick':
                options.quick = true;
                break;
            case '--profile':
                options.profile = true;
                break;
            case '--report-only':
                options.reportOnly = true;
                break;
            case '--help':
            case '-h':
                options.help = true;
                break;
            default:
                throw new OptionError(`unknown option ${arg}. Use --sizes, --runs, --figures, --seed, --quick, --profile, --report-only or --help.`);
        }
    }
    if (options.reportOnly && args.some(arg => arg !== '--report-only')) {
        throw new OptionError('--report-only measures nothing, so it takes no other option.');
    }
    if (options.quick) {
        options.sizes = ['1k'];
        options.runs = 1;
        options.figures = options.figures.filter(figure => figure !== 'phases');
    }
    return options;
}

export const USAGE = `Usage: npm run bench -- [options]

Measures svcdef on generated workspaces against the parse-only lower bound and writes
BENCHMARKS.md and benchmarks/results/<size>.json.

Options:
  --sizes 1k,10k,50k     workspace sizes, in services (default: all three)
  --runs N               runs of every figure (default: 5 for parse, kept, validate, errors and diff; 3 for lsp
                         and catalog, 1 at 50k; 1 for phases)
  --figures LIST         parse,kept,validate,errors,diff,lsp,catalog,phases (default: all; parse is always
                         measured); errors validates the workspace plus a misspelt reference per
                         service and one name declared once per service; diff compares the workspace
                         with a copy of it with 100 scattered changes
  --seed N               generator seed (default: the fixed seed; a different one regenerates)
  --profile              also record one CPU profile per figure under .bench/profiles/
  --quick                1k, one run, no phases; prints the tables and writes no report files
  --report-only          measure nothing: write BENCHMARKS.md again from benchmarks/results/*.json
                         (after a change to the budgets or the report itself)
  -h, --help             this text
`;
