/// `GET /login`: the sign-in form, with the message of a failed attempt.
enum LoginPage {
    static let template = """
    <h1>Sign in</h1>
    {{#message}}<p class="message" role="alert">{{message}}</p>{{/message}}
    {{#current}}<p>You are signed in as {{current}}. Signing in again ends that session.</p>{{/current}}
    <form method="post" action="/login" class="signin">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="next" value="{{next}}">
    <p><label for="username">Username</label><br><input id="username" name="username" autocomplete="username" required value="{{username}}"></p>
    <p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
    <p><button type="submit">Sign in</button></p>
    </form>
    """
}
