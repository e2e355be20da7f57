import Hummingbird
import ReformApp

/// `GET /healthz` for load balancers, `GET /static/reform.css`, and the accessibility statement:
/// none needs sign-in.
struct ServiceController {
    let services: WebServices

    func addRoutes(to routes: RouteTable) {
        let anyone = routes.anyone
        anyone.get("/healthz") { _, _ in
            do {
                _ = try await services.live.current()
                return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
            } catch {
                return Response(status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: "the record cannot be reached\n")))
            }
        }
        anyone.get("/static/reform.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: services.pages.styleSheet)))
        }
        anyone.get("/accessibility") { request, context in
            let snapshot = try? await services.live.current()
            let info = snapshot?.programme.info
            let contact = info?.contacts.first.map { [$0.name, $0.position, $0.email, $0.telephone].compactMap { $0 }.joined(separator: ", ") }
            let page = AccessibilityPage(organisation: info?.organisation ?? "the council",
                                         contact: contact ?? "the programme's contact officer")
            return services.pages.page(.accessibility, page, frame: services.frame("Accessibility statement", request, context.signedIn, snapshot))
        }
    }
}
