/**
 * Which component shows which view, and the order of the view tabs. Every view lives in
 * views/<view>/ with its <View>.svelte; a new view adds one line here (the Record makes the
 * compiler ask for it once the view is in the schema's ViewName).
 */
import type { Component } from 'svelte';
import type { ViewName } from '../../../shared/model/schema';
import type { DocStore } from '../lib/docState.svelte';
import SetupView from './setup/SetupView.svelte';
import BoardView from './board/BoardView.svelte';
import RateView from './rate/RateView.svelte';
import CubeView from './cube/CubeView.svelte';
import PrioritiesView from './priorities/PrioritiesView.svelte';
import MeasuresView from './measures/MeasuresView.svelte';
import AccountView from './account/AccountView.svelte';
import SummaryView from './summary/SummaryView.svelte';

export type ViewProps = { doc: DocStore; audience?: boolean };

export const VIEWS: Record<ViewName, Component<ViewProps>> = {
  setup: SetupView,
  board: BoardView,
  rate: RateView,
  cube: CubeView,
  priorities: PrioritiesView,
  measures: MeasuresView,
  account: AccountView,
  summary: SummaryView,
};

export const VIEW_ORDER: ViewName[] = ['setup', 'board', 'rate', 'cube', 'priorities', 'measures', 'account', 'summary'];
