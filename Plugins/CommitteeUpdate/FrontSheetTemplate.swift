/// The default front sheet, following Manchester City Council's "Report for Information".
///
/// Nothing in it is any one council's: the council's name, committee, strategy and outcomes come
/// from the programme, and a programme without `programme.strategy` gets no alignment section.
///
/// A council overrides it with `--option template=PATH`. The template is Mustache; each line
/// that starts with a marker builds part of the sheet, in every output format:
///
///     ::title TEXT              the council's name
///     ::subtitle TEXT           "Report for Information"
///     ::field LABEL | VALUE     a row of the front sheet's table
///     ::heading TEXT            a section heading
///     ::table HEADING | ...     a table's column headings; rows follow as ::row A | B
///     ::item TEXT               a bullet
///     any other line            a paragraph (blank lines separate paragraphs)
///
/// Values from the programme (`{{organisation}}`, `{{#contacts}}...{{/contacts}}`) can never
/// add markers of their own: they are put in after the lines are read.
enum FrontSheetTemplate {
    static let manchester = """
    ::title {{organisation}}
    ::subtitle Report for Information
    ::field Report to | {{committee}} – {{meeting_date}}
    ::field Subject | {{subject}}
    ::field Report of | {{report_of}}

    ::heading Summary
    {{summary}}

    ::heading Recommendations
    The Committee is invited to note and comment on the progress made in implementing {{subject}}, the position against the statutory deadlines and the new burdens identified.

    ::heading Wards Affected
    All

    {{#strategy}}
    ::heading Alignment to the {{title}} Outcomes
    ::table {{title}} outcomes | Contribution to the strategy
    {{#outcomes}}
    ::row {{title}} | {{contribution}}
    {{/outcomes}}
    {{/strategy}}

    ::heading Implications
    ::field Equal opportunities policy | The reform aims for all children to achieve their potential; its effect on groups with protected characteristics is to be assessed as the programme proceeds.
    ::field Risk management | The programme's risks are set out in the section on risks below.
    ::field Legal considerations | {{legal}}

    ::heading Financial Consequences – Revenue
    {{revenue}}

    ::heading Financial Consequences – Capital
    {{capital}}

    ::heading Contact Officers
    {{#contacts}}
    ::field {{position}} | {{details}}
    {{/contacts}}

    ::heading Background documents (available for public inspection)
    {{#sources}}
    ::item {{title}}
    {{/sources}}
    """
}
