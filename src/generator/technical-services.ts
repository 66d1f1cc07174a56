/**
 * The qualified names of the services of `kind technical` in some models: what the
 * customer and user views never show, looked up by name in the changes since a ref
 * (a service removed since then is only in the old models, so both sides count).
 */
import { isService, type Model } from '../language/generated/ast.js';
import { qualifiedName } from '../language/qualified-names.js';
import { single } from '../language/single-valued-properties.js';

export function technicalServiceNames(models: Iterable<Model>): Set<string> {
    const names = new Set<string>();
    for (const model of models) {
        for (const element of model.elements) {
            if (isService(element) && single(element.kind) === 'technical') {
                const name = qualifiedName(element);
                if (name) {
                    names.add(name);
                }
            }
        }
    }
    return names;
}
