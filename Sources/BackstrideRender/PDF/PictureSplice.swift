/// Puts each kept picture (`PictureForm`) in the place of the stand-in painted for it. Cairo numbers a form when it is
/// painted, so the file's forms in number order are its pictures in the order they were painted. Every stand-in is
/// checked (its stream, box, resources and length are the ones expected) before anything is written, and the splice
/// is refused at the first surprise, so a caller can paint the pictures straight instead.
enum PictureSplice {
    /// A file in memory with its pictures put in; nil when refused.
    static func apply(_ bytes: [UInt8], placed: [PictureForm]) -> [UInt8]? {
        guard let file = CairoPDFFile(bytes), let plan = Plan(file, placed) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + placed.reduce(0) { $0 + $1.stream.count })
        guard file.write(replacing: plan.replacement, to: { out.append(contentsOf: $0); return true }) else { return nil }
        return out
    }

    enum Outcome: Equatable {
        case done
        /// The stand-ins were not as expected; nothing was written.
        case refused
        /// Reading the file or `write` failed part way.
        case failed
    }

    /// A file on disk copied to `write` with its pictures put in, a piece at a time (the weekly pack).
    static func copy(_ source: PDFFileSource, placed: [PictureForm], to write: (ArraySlice<UInt8>) -> Bool) -> Outcome {
        guard let file = CairoPDFFile(source), let plan = Plan(file, placed) else { return .refused }
        return file.write(replacing: plan.replacement, to: write) ? .done : .failed
    }

    /// What replaces what, worked out and checked before a byte is written.
    private struct Plan {
        private var forms: [Int: (form: CairoFormObject, picture: PictureForm)] = [:]
        private var lengths: [Int: Int] = [:]

        init?(_ file: CairoPDFFile, _ placed: [PictureForm]) {
            var found: [CairoFormObject] = []
            for object in file.objects {
                let start = object.range.lowerBound
                guard let head = file.source.window(start..<min(object.range.upperBound, start + CairoFormObject.headLength)) else { return nil }
                guard CairoFormObject.mayBe(object, in: head) else { continue }
                guard let whole = file.source.window(object.range), let form = CairoFormObject(whole, object) else { return nil }
                found.append(form)
            }
            found.sort { $0.number < $1.number }
            guard found.count == placed.count else { return nil }
            for (form, picture) in zip(found, placed) {
                guard form.stream.elementsEqual(picture.standInStream), form.shape.elementsEqual(picture.shape),
                      let resources = file.body(form.resourcesObject), resources.elementsEqual(picture.resources),
                      let length = file.object(form.lengthObject),
                      length.window[length.range].elementsEqual(CairoFormObject.length(form.lengthObject, picture.standInStream.count)),
                      forms[form.number] == nil, lengths[form.lengthObject] == nil, forms[form.lengthObject] == nil
                else { return nil }
                forms[form.number] = (form, picture)
                lengths[form.lengthObject] = picture.stream.count
            }
        }

        func replacement(_ number: Int) -> [UInt8]? {
            if let (form, picture) = forms[number] { return form.with(stream: picture.stream) }
            if let length = lengths[number] { return CairoFormObject.length(number, length) }
            return nil
        }
    }
}
