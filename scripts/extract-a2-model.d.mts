// Types for the plain-JS extractor, so TypeScript tests can import it.

export declare const OUTSIDE: 'outside';

export interface ExtractedIcomEntry {
    name: string;
    refs: string[];
}

export interface ExtractedNode {
    id: string;
    name: string;
    kind: 'category' | 'process' | 'activity';
    parent: string | null;
    order: number;
    description: string;
    controls: ExtractedIcomEntry[];
    inputs: ExtractedIcomEntry[];
    outputs: ExtractedIcomEntry[];
}

export interface ExtractedWorkProduct {
    name: string;
    aliases: string[];
    description: string;
}

export interface ExtractedModel {
    nodes: ExtractedNode[];
    workProducts: ExtractedWorkProduct[];
}

export interface A2Descriptions {
    nodes?: Record<string, string>;
    workProducts?: Record<string, string>;
}

export declare function extractA2Model(
    text: string,
    descriptions?: A2Descriptions,
    options?: { onWarning?: (message: string) => void }
): ExtractedModel;

export declare function serializeModel(model: ExtractedModel): string;
export declare function nameKey(name: string): string;
export declare function canonicalDisplayName(raw: string): string;

export declare const repoRoot: string;
export declare const defaultSeedPath: string;
export declare const descriptionsPath: string;
export declare const modelPath: string;
