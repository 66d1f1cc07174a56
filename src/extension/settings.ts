/**
 * The extension's settings (contributed in package.json under `svcdef.*`). `svcdef.today`
 * and `svcdef.trace.server` are read by the language server and the language client
 * themselves; the catalog settings are read here.
 */
import * as vscode from 'vscode';
import { isCatalogViewName, type CatalogViewName } from './catalog-view-names.js';
import { DEFAULT_OUTPUT_FOLDER } from './output-location.js';

export const SECTION = 'svcdef';
export const VIEW_SETTING = 'catalog.view';
export const OUTPUT_FOLDER_SETTING = 'catalog.outputFolder';

/** The view the preview opens with; an unknown value falls back to the customer view. */
export function configuredView(): CatalogViewName {
    const value = vscode.workspace.getConfiguration(SECTION).get<string>(VIEW_SETTING, 'customer');
    return isCatalogViewName(value) ? value : 'customer';
}

export function configuredOutputFolder(folder: vscode.WorkspaceFolder | undefined): string {
    return vscode.workspace.getConfiguration(SECTION, folder).get<string>(OUTPUT_FOLDER_SETTING, DEFAULT_OUTPUT_FOLDER);
}
