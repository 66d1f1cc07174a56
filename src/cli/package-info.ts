import packageJson from '../../package.json' with { type: 'json' };

/** What the CLI says about itself (`--version`, SARIF's tool description), from package.json. */
export const PACKAGE_VERSION: string = packageJson.version;

/** The project's home page, when package.json names one. */
export const PACKAGE_HOMEPAGE: string | undefined =
    'homepage' in packageJson && typeof packageJson.homepage === 'string' ? packageJson.homepage : undefined;

/** The repository's web address, from package.json's `repository` (`git+https://….git`). */
const REPOSITORY_WEB: string | undefined = 'repository' in packageJson
    ? String((packageJson.repository as { url?: string }).url ?? '').replace(/^git\+/, '').replace(/\.git$/, '') || undefined
    : undefined;

/** Where a diagnostic code is explained: its own heading in docs/language.md. */
export function diagnosticHelpUri(code: string): string | undefined {
    return REPOSITORY_WEB ? `${REPOSITORY_WEB}/blob/main/docs/language.md#${code}` : undefined;
}
