/**
 * The handler table is typed from the contract. These checks run in `tsc` (tsconfig.node.json,
 * part of `npm run typecheck`): each `@ts-expect-error` line must BE an error, or tsc reports
 * the directive as unused and the typecheck fails. Vitest runs the file too, for the
 * `expectTypeOf` lines and so that it is not silently left out.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { Channel, Responses } from '../../shared/ipc/contract';
import { ok, type Result } from '../../shared/result';
import type { Handlers, HandlerRequest } from './api';

describe('the IPC handler table', () => {
  it('takes each channel’s request as its schema parses it and answers its response type', () => {
    expectTypeOf<HandlerRequest<'doc.get'>>().toEqualTypeOf<{ docId: string }>();
    expectTypeOf<HandlerRequest<'export.png'>>().toEqualTypeOf<{ docId: string; what: 'board' | 'cube-net' | 'cube-3d'; lang?: 'de' | 'en' | undefined }>();
    expectTypeOf<Parameters<Handlers['doc.undo']>[0]>().toEqualTypeOf<{ docId: string }>();
    expectTypeOf<ReturnType<Handlers['doc.undo']>>().toEqualTypeOf<Promise<Result<{ version: number }>>>();
    expectTypeOf<keyof Handlers>().toEqualTypeOf<Channel>();
  });

  it('refuses a handler that takes another request or answers another shape', () => {
    // the right ones compile
    const undo: Handlers['doc.undo'] = async (req) => ok({ version: req.docId.length });
    const list: Handlers['library.delete'] = async () => ok(null);

    // @ts-expect-error a docId is a string in the contract, not a number
    const numericId: Handlers['doc.get'] = async (req: { docId: number }) => ok({ docId: req.docId } as never);
    // @ts-expect-error doc.undo answers { version: number }
    const wrongShape: Handlers['doc.undo'] = async () => ok({ versions: 1 });
    // @ts-expect-error the version is a number, not a string
    const wrongType: Handlers['doc.redo'] = async () => ok({ version: '1' });
    // @ts-expect-error library.delete answers null, not the file it deleted
    const wrongAnswer: Handlers['library.delete'] = async (req) => ok(req.path);
    // @ts-expect-error export.png has no request field `format`
    const unknownField: Handlers['export.png'] = async (req: HandlerRequest<'export.png'> & { format: string }) => ok(req.format ? null : null);

    const table = (h: Handlers): Handlers => h;
    // @ts-expect-error a table without a handler for every channel does not compile
    table({ 'doc.undo': undo });

    expectTypeOf(undo).toEqualTypeOf<Handlers['doc.undo']>();
    expectTypeOf(list).returns.resolves.toEqualTypeOf<Result<Responses['library.delete']>>();
    void [numericId, wrongShape, wrongType, wrongAnswer, unknownField];
  });
});
