// The package a user installs: `npm pack`, then `npm install ./svcdef-<version>.tgz` into an
// empty folder on Node 22, with no source checkout and no dev dependencies, and the three
// things a user does with it: validate, generate the catalog, and start the language server.
//
//   node scripts/ci/installed-package.mjs      (after `npm ci`; `npm pack` builds by itself)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHECKOUT_NODE_BIN, expectBash, ROOT, runCheck, StepFailure, withScratch } from './process-steps.mjs';

async function main() {
    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    await withScratch('svcdef-installed-', async scratch => {
        // Node 22 first, as on a user's machine that meets `engines`; nothing else of the checkout.
        const env = { ...process.env, PATH: `${CHECKOUT_NODE_BIN}${path.delimiter}${process.env.PATH}` };
        expectBash('npm pack', `npm pack --silent --pack-destination ${JSON.stringify(scratch)} > /dev/null`, { cwd: ROOT, env });
        const tarball = path.join(scratch, `svcdef-${version}.tgz`);
        if (!existsSync(tarball)) throw new StepFailure(`npm pack did not write ${tarball}.`);

        const app = path.join(scratch, 'app');
        expectBash('an empty folder', `mkdir ${JSON.stringify(app)}`);
        writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'svcdef-user', private: true }, null, 2));
        expectBash('installing the tarball', `npm install --no-audit --no-fund ${JSON.stringify(tarball)}`, { cwd: app, env });
        const installed = readdirSync(path.join(app, 'node_modules')).filter(name => !name.startsWith('.'));
        if (installed.join(',') !== 'svcdef') {
            throw new StepFailure(`installing svcdef brought other packages along: ${installed.join(', ')}; its bundles need none.`);
        }

        cpSync(path.join(ROOT, 'examples', 'acme'), path.join(app, 'services'), { recursive: true });
        expectBash('svcdef validate', 'npx --no-install svcdef validate services', { cwd: app, env });
        expectBash('svcdef generate catalog', 'npx --no-install svcdef generate catalog --workspace services --out site', { cwd: app, env });
        if (!existsSync(path.join(app, 'site', 'customer', 'index.html'))) {
            throw new StepFailure('svcdef generate catalog wrote no site/customer/index.html.');
        }
        await languageServerAnswers(path.join(app, 'node_modules', '.bin', 'svcdef-language-server'), app, env);
    });
}

/** Initializes the installed server over stdio and waits for its diagnostics of a workspace file. */
async function languageServerAnswers(bin, folder, env) {
    console.log(`\n$ ${bin} --stdio   (initialize, wait for diagnostics, shutdown)`);
    const server = spawn(bin, ['--stdio'], { cwd: folder, env, stdio: ['pipe', 'pipe', 'inherit'] });
    const messages = [];
    let buffer = Buffer.alloc(0);
    server.stdout.on('data', chunk => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
            const header = buffer.indexOf('\r\n\r\n');
            if (header < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString('ascii'))?.[1]);
            if (buffer.length < header + 4 + length) return;
            messages.push(JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString('utf8')));
            buffer = buffer.subarray(header + 4 + length);
        }
    });
    const send = message => {
        const body = JSON.stringify({ jsonrpc: '2.0', ...message });
        server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    const until = async (what, found) => {
        const deadline = Date.now() + 60_000;
        while (Date.now() < deadline) {
            const message = messages.find(found);
            if (message) return message;
            if (server.exitCode !== null) throw new StepFailure(`the language server exited (${server.exitCode}) while waiting for ${what}.`);
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        throw new StepFailure(`the language server sent no ${what} within 60 s.`);
    };
    const rootUri = pathToFileURL(folder).href;
    // Answer the server's own requests (configuration, registrations) as a plain client would.
    const answered = new Set();
    const answerRequests = setInterval(() => {
        for (const message of messages) {
            if (message.method && message.id !== undefined && !answered.has(message.id)) {
                answered.add(message.id);
                send({ id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null });
            }
        }
    }, 20);
    try {
        send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'app' }] } });
        const initialized = await until('answer to initialize', message => message.id === 1 && !message.method);
        if (!initialized.result?.capabilities?.completionProvider) throw new StepFailure(`initialize answered without completion: ${JSON.stringify(initialized)}`);
        send({ method: 'initialized', params: {} });
        const published = await until('diagnostics of the workspace', message => message.method === 'textDocument/publishDiagnostics'
            && message.params.uri.startsWith(`${rootUri}/services/`));
        console.log(`diagnostics published for ${published.params.uri.slice(rootUri.length + 1)}`);
        send({ id: 2, method: 'shutdown' });
        await until('answer to shutdown', message => message.id === 2 && !message.method);
        send({ method: 'exit' });
        const code = await new Promise(resolve => server.exitCode !== null ? resolve(server.exitCode) : server.on('exit', resolve));
        if (code !== 0) throw new StepFailure(`the language server exited with ${code} after shutdown and exit.`);
    } finally {
        clearInterval(answerRequests);
        server.kill();
    }
}

runCheck('Installed package', main);
