import packageJson from '../../package.json' with { type: 'json' };

/** What the CLI says about itself (`--version`, SARIF's tool description), from package.json. */
export const PACKAGE_VERSION: string = packageJson.version;

/** The project's home page, when package.json names one. */
export const PACKAGE_HOMEPAGE: string | undefined =
    'homepage' in packageJson && typeof packageJson.homepage === 'string' ? packageJson.homepage : undefined;
