import Foundation
import Yams

/// The programme file as plain Codable types: what a Swift project gets from Yams' YAMLDecoder
/// by default, with no positions, no validation and dates left as text.
struct ProgrammeFile: Decodable {
    struct Info: Decodable { let id: String; let title: String; let organisation: String; let sponsor: String?; let as_of: String? }
    struct Pillar: Decodable { let id: String; let number: Int?; let title: String; let aim: String?; let source: String? }
    struct Policy: Decodable {
        let id: String; let title: String; let kind: String; let published: String?; let pillars: [String]?
        let deadline: String?; let statutory: Bool?; let summary: String?; let source: String?
    }
    struct Milestone: Decodable { let id: String; let title: String; let due: String?; let policy: String?; let statutory: Bool?; let source: String? }
    struct Action: Decodable {
        let id: String; let title: String; let pillar: String?; let pillars: [String]?; let policy: String?; let milestone: String?
        let owner: String?; let partners: [String]?; let start: String?; let due: String?; let status: String?; let progress: Int?
        let depends_on: [String]?; let source: String?
    }
    struct Funding: Decodable {
        let id: String; let title: String; let payer: String?; let status: String; let policy: String?; let amounts: [String: String]?; let source: String?
    }
    struct Cost: Decodable { let year: String; let amount: String; let recurrent: Bool }
    struct Burden: Decodable {
        let id: String; let title: String; let policy: String?; let pillars: [String]?; let kind: String?; let costs: [Cost]?
        let funded_by: [String]?; let source: String?
    }
    let format: String
    let programme: Info
    let pillars: [Pillar]
    let policies: [Policy]?
    let milestones: [Milestone]?
    let actions: [Action]?
    let funding: [Funding]?
    let burdens: [Burden]?
}

let path = CommandLine.arguments[1]
let text = try String(contentsOfFile: path, encoding: .utf8)
let decoded = try YAMLDecoder().decode(ProgrammeFile.self, from: text)
print("\(decoded.actions?.count ?? 0) actions")
