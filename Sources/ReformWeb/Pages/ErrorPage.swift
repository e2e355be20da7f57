/// A page that says why the one asked for is not shown, with what to do.
enum ErrorPage {
    static let template = """
    <h1>{{heading}}</h1>
    <p class="message" role="alert">{{message}}</p>
    {{#link}}<p><a href="{{href}}">Go to {{text}}</a></p>{{/link}}
    {{#signIn}}<p><a href="/login">Sign in</a></p>{{/signIn}}
    <p><a href="/">Back to the dashboard</a></p>
    """
}
