import {
    isOperationCancelled, ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCheck
} from 'langium';

const FAILURE_CONTEXT = 'An error occurred during validation';

/**
 * Langium's registry, with checks that return at once when they are done. Langium wraps
 * every check in two async functions, so each of the million check calls of a 10k-service
 * workspace made three promises and waited for the microtask queue twice, though every
 * svcdef check is synchronous. A check that does return a promise is still awaited, and a
 * check that throws is reported on its node exactly as Langium reports it.
 */
export class SvcdefValidationRegistry extends ValidationRegistry {
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                if (result instanceof Promise) {
                    return result.catch(error => reportFailure(error, accept, node));
                }
            } catch (error) {
                reportFailure(error, accept, node);
            }
            return undefined;
        };
    }
}

function reportFailure(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
    if (isOperationCancelled(error)) {
        throw error;
    }
    console.error(`${FAILURE_CONTEXT}:`, error);
    if (error instanceof Error && error.stack) {
        console.error(error.stack);
    }
    const details = error instanceof Error ? error.message : String(error);
    accept('error', `${FAILURE_CONTEXT}: ${details}`, { node });
}
