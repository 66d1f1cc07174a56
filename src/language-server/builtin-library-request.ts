/** `svcdef/builtinLibrary`: the built-in library's text, the same the server links against. */
import { BUILTIN_LIBRARY_URI, builtinLibraryText } from '../language/builtin/builtin-library.js';
import type { SvcdefServices } from '../language/svcdef-module.js';
import type { BuiltinLibrary } from '../protocol/svcdef-requests.js';

export function builtinLibraryOf(services: SvcdefServices): BuiltinLibrary {
    return { uri: BUILTIN_LIBRARY_URI.toString(), text: builtinLibraryText(services.a2.Model) };
}
