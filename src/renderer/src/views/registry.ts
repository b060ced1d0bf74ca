/**
 * Which component shows which view. Views not built yet show a placeholder.
 * Each feature adds its view here (one line).
 */
import type { Component } from 'svelte';
import type { ViewName } from '../../../shared/model/schema';
import type { DocStore } from '../lib/doc.svelte';

export type ViewProps = { doc: DocStore; audience?: boolean };

export const VIEWS: Partial<Record<ViewName, Component<ViewProps>>> = {};

export const VIEW_ORDER: ViewName[] = ['setup', 'board', 'rate', 'cube', 'priorities', 'measures', 'account', 'summary'];
