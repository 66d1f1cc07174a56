// One line for CI about @vscode/test-web, true on the machine it runs on. @vscode/test-web
// downloads VS Code for the Web from update.code.visualstudio.com at test time; where that
// host does not resolve, it cannot run, and the web extension is tested in code-server's web
// worker extension host instead (test/editor/web-extension.editor.ts, part of the editor suite).
import { lookup } from 'node:dns/promises';

const HOST = 'update.code.visualstudio.com';
const reachable = await lookup(HOST).then(() => true, () => false);
console.log(reachable
    ? `@vscode/test-web: ${HOST} resolves here, so it can run; by hand: npm run package, then `
        + 'npx @vscode/test-web --browserType=chromium --extensionDevelopmentPath=. examples/acme '
        + '(the editor suite runs the web extension in code-server\'s web worker extension host either way).'
    : `@vscode/test-web skipped: its VS Code for the Web download (${HOST}) is not reachable here; `
        + 'the web extension runs in code-server\'s web worker extension host instead (test/editor/web-extension.editor.ts).');
