/**
 * The svcdef language server, spoken to over stdio, IPC or a socket as the client chooses
 * (vscode-languageserver reads `--stdio`, `--node-ipc` or `--socket=N` from the command line).
 */
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { a2Model } from '../a2/a2-reference-model.js';
import { builtinLibraryText } from '../language/builtin/builtin-library.js';
import { withBuiltinLibraryAsFile } from './builtin-library-as-file.js';
import { registerCompareCommitments } from './compare-commitments-request.js';
import { LibraryCopy, libraryCacheFolders } from './library-copy.js';
import { startSvcdefLanguageServer } from './svcdef-language-server.js';
import { withoutLibraryCopies } from './without-library-copies.js';
import { withRealPaths } from './with-real-paths.js';

// Editors without `workspace/textDocumentContent` get built-in locations as a read-only file.
const cacheFolders = libraryCacheFolders();
const connection = withBuiltinLibraryAsFile(
    createConnection(ProposedFeatures.all),
    () => new LibraryCopy(builtinLibraryText(a2Model), cacheFolders)
);
startSvcdefLanguageServer(connection, () => withoutLibraryCopies(withRealPaths(NodeFileSystem.fileSystemProvider()), cacheFolders));
// Reading Git and the saved files takes Node: only this server compares with a branch.
registerCompareCommitments(connection);
