import { type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { type Span, SpanStatusCode } from '@opentelemetry/api';
import { ErrorCode, ketenError } from '../../../../common';
import { type GatewayContext } from '../../context';
import { TracedDataSource } from '../tracedDataSource';

/** What the fetch span was given: its attributes and status. */
function recordingSpan() {
  const recorded: { attributes: Record<string, unknown>; status?: { code: SpanStatusCode; message?: string } } = { attributes: {} };
  const span = {
    setAttribute: (key: string, value: unknown) => void (recorded.attributes[key] = value),
    setStatus: (status: { code: SpanStatusCode; message?: string }) => void (recorded.status = status),
    end: () => undefined,
  } as unknown as Span;
  return { span, recorded };
}

function fetchFrom(span: Span): GraphQLDataSourceProcessOptions<GatewayContext> {
  const spans = { startFetch: () => ({ span, trace: {} }) };
  return { incomingRequestContext: {}, request: {}, context: { spans } } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

const answering = (process: () => Promise<GatewayGraphQLResponse>): GraphQLDataSource<GatewayContext> => ({ process });

describe("a fetch span's error codes", () => {
  it("holds only our stable codes (or Apollo's); a partner's own text becomes OTHER", async () => {
    const { span, recorded } = recordingSpan();
    const partner = answering(() =>
      Promise.resolve({
        errors: [
          { message: 'x', extensions: { code: 'FORBIDDEN' } },
          { message: 'y', extensions: { code: 'bsn 123456782 at http://10.0.0.1' } },
          { message: 'z', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      }),
    );
    await new TracedDataSource(partner, 'uwv').process(fetchFrom(span));
    expect(recorded.attributes['ketenregie.error_codes']).toEqual(['FORBIDDEN', 'OTHER', 'INTERNAL_SERVER_ERROR']);
    expect(recorded.status).toEqual({ code: SpanStatusCode.ERROR, message: 'FORBIDDEN,OTHER,INTERNAL_SERVER_ERROR' });
  });

  it('names the code a failed fetch was refused with', async () => {
    const { span, recorded } = recordingSpan();
    const failing = answering(() => Promise.reject(ketenError(ErrorCode.PARTNER_UNAVAILABLE, 'did not answer')));
    await expect(new TracedDataSource(failing, 'uwv').process(fetchFrom(span))).rejects.toThrow('did not answer');
    expect(recorded.attributes['ketenregie.error_codes']).toEqual(['PARTNER_UNAVAILABLE']);
  });
});
