import Hummingbird
import ReformRecord
import ReformStore

/// `GET /healthz` for load balancers and `GET /static/reform.css`, neither needing sign-in.
struct ServiceRoutes: Sendable {
    let store: RecordStore

    func register(on router: Router<WebContext>) {
        router.get("/healthz") { _, _ -> Response in
            do {
                _ = try await self.store.version()
                return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
            } catch {
                return Response(status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: "the record cannot be reached\n")))
            }
        }
        router.get("/static/reform.css") { _, _ -> Response in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: StyleSheet.css)))
        }
    }
}
