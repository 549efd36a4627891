/// Puts each kept picture (`PictureForm`) in the place of the stand-in painted for it. Cairo numbers a form when it is
/// painted, so the handout's forms in number order are its pictures in the order they were painted. Every stand-in is
/// checked (its stream, box, resources and length are the ones expected) and nil is returned at the first surprise,
/// so a caller can paint the pictures straight instead.
enum PictureSplice {
    static func apply(_ bytes: [UInt8], placed: [PictureForm]) -> [UInt8]? {
        guard let file = CairoPDFFile(bytes) else { return nil }
        let forms = file.objects.compactMap { CairoFormObject(file, $0) }.sorted { $0.number < $1.number }
        guard forms.count == placed.count else { return nil }
        var replacements: [Int: [UInt8]] = [:]
        for (form, picture) in zip(forms, placed) {
            guard file.bytes[form.stream].elementsEqual(picture.standInStream), form.shape.elementsEqual(picture.shape),
                  file.body(form.resourcesObject) == picture.resources,
                  let length = file.objects.first(where: { $0.number == form.lengthObject }),
                  file.bytes[length.range].elementsEqual(CairoFormObject.length(form.lengthObject, picture.standInStream.count)),
                  replacements[form.number] == nil, replacements[form.lengthObject] == nil
            else { return nil }
            replacements[form.number] = form.with(stream: picture.stream, in: file)
            replacements[form.lengthObject] = CairoFormObject.length(form.lengthObject, picture.stream.count)
        }
        return file.replacing(replacements)
    }
}
