import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  KNOWN_INSTRUCTIONS
} from "./chunk-WOBN4ZXA.mjs";
import {
  AliasBudgetError,
  LineIndex,
  emptySpec,
  entries,
  get,
  interpolateCompose,
  items,
  normaliseCapability,
  parseCliBool,
  parseCpus,
  parseInteger,
  parseLooseBool,
  parseMemory,
  parseMountSpec,
  parseQuantity,
  parseVolumeSpec,
  parseYaml,
  rangeOfEntry,
  rangeOfNode,
  require_dist,
  scalarString,
  shellCommentSpans,
  sourceOf,
  yamlComments
} from "./chunk-HR4UGP2H.mjs";
import {
  __commonJS,
  __esm,
  __export,
  __toCommonJS,
  __toESM
} from "./chunk-5RYNRD5P.mjs";

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer3) {
      integer3.MIN_VALUE = -2147483648;
      integer3.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer3.MIN_VALUE <= value && value <= integer3.MAX_VALUE;
      }
      integer3.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity)) {
          result.severity = severity;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command, ...args) {
        const result = { title, command };
        if (Is.defined(args) && args.length > 0) {
          result.arguments = args;
        }
        return result;
      }
      Command2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text3) {
        return { uri, languageId, version, text: text3 };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items2, isIncomplete) {
        return { items: items2 ? items2 : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        const result = {
          name,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children) {
        const result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children !== void 0) {
          result.children = children;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text3) {
        return { range, text: text3 };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items2) {
        return { items: items2 };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text3) {
        return { range, text: text3 };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits(document, edits) {
        let text3 = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text3.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          const e = sortedEdits[i];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text3 = text3.substring(0, startOffset) + e.newText + text3.substring(endOffset, text3.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text3;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text3 = this._content;
          let isLineStart = true;
          for (let i = 0; i < text3.length; i++) {
            if (isLineStart) {
              lineOffsets.push(i);
              isLineStart = false;
            }
            const ch = text3.charAt(i);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i + 1 < text3.length && text3.charAt(i + 1) === "\n") {
              i++;
            }
          }
          if (isLineStart && text3.length > 0) {
            lineOffsets.push(text3.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer3(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer3;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text3, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text3.length; i++) {
    const ch = text3.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text3.length && text3.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument2) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits(document, edits) {
        const text3 = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text3.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text3.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text3 = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text3.charAt(index) === "	") {
            index++;
          }
          if (text3.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text3 === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text3 = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text3 = text3.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text3, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path5 = this.getPath();
        if (path5 === null || path5.startsWith("/")) {
          return path5;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path5 : parent + "/" + path5;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2));
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser2 = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser3.parse = parse;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// src/engine/workers.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import os2 from "node:os";
import { deserialize } from "node:v8";
import { Worker } from "node:worker_threads";

// src/targets/dockerfile/index.ts
import path2 from "node:path";

// src/targets/dockerfile/parse.ts
var import_dockerfile_ast = __toESM(require_main(), 1);

// src/targets/image-ref.ts
var DOCKER_HUB = "docker.io";
var TEMPLATE_PLACEHOLDER = /\{\{.*?\}\}|\{%.*?%\}|<%.*?%>|%%[A-Za-z0-9_.-]+%%|@[A-Za-z_][A-Za-z0-9_]*@|#[A-Za-z_][A-Za-z0-9_]*#/g;
function templatePlaceholders(text3) {
  return text3.match(TEMPLATE_PLACEHOLDER) ?? [];
}
function templateWord(text3) {
  const placeholders = templatePlaceholders(text3);
  if (placeholders.length === 0) return void 0;
  const masked = text3.replace(TEMPLATE_PLACEHOLDER, (m2) => "x".repeat(m2.length));
  const m = /\S+/.exec(masked);
  if (!m) return void 0;
  const word = text3.slice(m.index, m.index + m[0].length);
  return { word, start: m.index, placeholders: templatePlaceholders(word) };
}
function parseImageRef(text3, raw = text3) {
  let rest = text3.trim();
  let digest;
  const at2 = rest.indexOf("@");
  if (at2 >= 0) {
    digest = rest.slice(at2 + 1) || void 0;
    rest = rest.slice(0, at2);
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1) || void 0;
    rest = rest.slice(0, colon);
  }
  let registry = DOCKER_HUB;
  let registryExplicit = false;
  const firstSlash = rest.indexOf("/");
  if (firstSlash > 0) {
    const first = rest.slice(0, firstSlash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first.toLowerCase();
      registryExplicit = true;
      rest = rest.slice(firstSlash + 1);
    }
  }
  if (registry === "index.docker.io" || registry === "registry-1.docker.io") registry = DOCKER_HUB;
  const repository = rest;
  const shortRepo = registry === DOCKER_HUB && repository.startsWith("library/") ? repository.slice(8) : repository;
  const name = registry === DOCKER_HUB ? shortRepo : `${registry}/${repository}`;
  return {
    raw,
    text: text3,
    registry,
    registryExplicit,
    repository,
    name,
    tag,
    digest,
    scratch: text3.trim().toLowerCase() === "scratch"
  };
}
function imageMatches(ref, pattern) {
  const p = pattern.trim();
  if (p === "*") return true;
  const pref = parseImageRef(p.replace(/\*/g, "\0"));
  const unstar = (s) => s?.replace(/\u0000/g, "*");
  const candidates = [ref.name, `${ref.registry}/${ref.repository}`];
  const namePattern = unstar(pref.name);
  const full = unstar(pref.registryExplicit ? `${pref.registry}/${pref.repository}` : pref.name);
  const nameOk = candidates.some((c) => globMatch(namePattern, c) || globMatch(full, c));
  if (!nameOk) return false;
  const tagPattern = unstar(pref.tag);
  if (tagPattern !== void 0 && !globMatch(tagPattern, ref.tag ?? "")) return false;
  const digestPattern = unstar(pref.digest);
  if (digestPattern !== void 0 && !globMatch(digestPattern, ref.digest ?? "")) return false;
  return true;
}
function globMatch(pattern, text3) {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text3.length) {
    if (p < pattern.length && pattern[p] !== "*" && pattern[p] === text3[t]) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}

// src/targets/dockerfile/shell.ts
var T_EOF = 0;
var T_WORD = 1;
var T_OP = 2;
var T_NL = 3;
var T_REDIR = 4;
var MAX_NEST = 200;
var CH_TAB = 9;
var CH_NL = 10;
var CH_CR = 13;
var CH_SPACE = 32;
var CH_BANG = 33;
var CH_DQUOTE = 34;
var CH_HASH = 35;
var CH_DOLLAR = 36;
var CH_AMP = 38;
var CH_SQUOTE = 39;
var CH_LPAREN = 40;
var CH_RPAREN = 41;
var CH_STAR = 42;
var CH_PLUS = 43;
var CH_MINUS = 45;
var CH_EQ = 61;
var CH_SEMI = 59;
var CH_LT = 60;
var CH_GT = 62;
var CH_QUESTION = 63;
var CH_AT = 64;
var CH_LBRACKET = 91;
var CH_BACKSLASH = 92;
var CH_RBRACKET = 93;
var CH_BACKQUOTE = 96;
var CH_LBRACE = 123;
var CH_PIPE = 124;
var CH_RBRACE = 125;
var WORD_END = new Uint8Array(128);
for (const c of " 	\r\n;&|()<>") WORD_END[c.charCodeAt(0)] = 1;
var TEST_WORD_END = new Uint8Array(128);
for (const c of " 	\r\n;&") TEST_WORD_END[c.charCodeAt(0)] = 1;
function isNameStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
}
function isNameChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c >= 48 && c <= 57;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
var CLOSERS = /* @__PURE__ */ new Set(["then", "elif", "else", "fi", "do", "done", "esac", "}"]);
var Bail = class {
};
var BAIL = new Bail();
function dockerClean(text3, esc) {
  const n = text3.length;
  let i = text3.indexOf(esc);
  if (i < 0) return null;
  let parts = null;
  const clean = [0];
  const orig = [0];
  let segStart = 0;
  let cleanLen = 0;
  while (i >= 0) {
    let j = i + 1;
    while (j < n) {
      const c = text3.charCodeAt(j);
      if (c === CH_SPACE || c === CH_TAB || c === CH_CR) j++;
      else break;
    }
    if (j < n && text3.charCodeAt(j) === CH_NL) {
      if (parts === null) parts = [];
      parts.push(text3.slice(segStart, i));
      cleanLen += i - segStart;
      let k = j + 1;
      for (; ; ) {
        let m = k;
        while (m < n) {
          const c = text3.charCodeAt(m);
          if (c === CH_SPACE || c === CH_TAB || c === CH_CR) m++;
          else break;
        }
        if (m < n && text3.charCodeAt(m) === CH_NL) {
          k = m + 1;
          continue;
        }
        if (m < n && text3.charCodeAt(m) === CH_HASH) {
          const nl = text3.indexOf("\n", m);
          k = nl < 0 ? n : nl + 1;
          continue;
        }
        break;
      }
      segStart = k;
      clean.push(cleanLen);
      orig.push(k);
      i = k < n ? text3.indexOf(esc, k) : -1;
    } else {
      i = text3.indexOf(esc, i + 1);
    }
  }
  if (parts === null) return null;
  parts.push(text3.slice(segStart));
  return { src: parts.join(""), clean, orig };
}
function ansiEscape(src, p, end) {
  const n = src.charCodeAt(p);
  switch (n) {
    case 110:
      return { value: "\n", len: 1 };
    case 116:
      return { value: "	", len: 1 };
    case 114:
      return { value: "\r", len: 1 };
    case 97:
      return { value: "\x07", len: 1 };
    case 98:
      return { value: "\b", len: 1 };
    case 101:
    // e
    case 69:
      return { value: "\x1B", len: 1 };
    case 102:
      return { value: "\f", len: 1 };
    case 118:
      return { value: "\v", len: 1 };
    case CH_BACKSLASH:
    case CH_SQUOTE:
    case CH_DQUOTE:
    case CH_QUESTION:
      return { value: src[p], len: 1 };
    case 120: {
      let q = p + 1;
      let code = 0;
      while (q < end && q < p + 3) {
        const h = src.charCodeAt(q);
        const d = isDigit(h) ? h - 48 : h >= 97 && h <= 102 ? h - 87 : h >= 65 && h <= 70 ? h - 55 : -1;
        if (d < 0) break;
        code = code * 16 + d;
        q++;
      }
      if (q === p + 1) return { value: "\\x", len: 1 };
      return { value: String.fromCharCode(code), len: q - p };
    }
    default: {
      if (n >= 48 && n <= 55) {
        let q = p;
        let code = 0;
        while (q < end && q < p + 3) {
          const o = src.charCodeAt(q);
          if (o < 48 || o > 55) break;
          code = code * 8 + (o - 48);
          q++;
        }
        return { value: String.fromCharCode(code & 255), len: q - p };
      }
      return { value: "\\" + src[p], len: 1 };
    }
  }
}
var Parser = class {
  text;
  src;
  base;
  segClean;
  segOrig;
  /** Backslash is an escape character (false with the Dockerfile escape character '`'). */
  bs;
  dockerMode;
  end;
  pos = 0;
  commands = [];
  errors = [];
  // The current token (one token of look-ahead).
  hasTok = false;
  tokType = T_EOF;
  tokStart = 0;
  tokEnd = 0;
  tokOp = "";
  tokWord = null;
  tokPlain = false;
  tokDup = null;
  tokHeredoc = 0;
  // 0 none, 1 `<<`, 2 `<<-`
  testMode = false;
  inSubst = false;
  /** How many `( … )` subshells enclose the current position. */
  subshellDepth = 0;
  depth = 0;
  nest = 0;
  pipelines = 0;
  sortNeeded = false;
  lastExp = false;
  redirEnd = 0;
  heredocs = [];
  constructor(text3, options) {
    this.text = text3;
    this.base = typeof options.baseOffset === "number" && Number.isFinite(options.baseOffset) ? options.baseOffset : 0;
    const esc = options.escapeChar === "`" ? "`" : "\\";
    this.bs = esc === "\\";
    this.dockerMode = options.dockerfileContinuations === true;
    const cleaned = this.dockerMode ? dockerClean(text3, esc) : null;
    if (cleaned) {
      this.src = cleaned.src;
      this.segClean = cleaned.clean;
      this.segOrig = cleaned.orig;
    } else {
      this.src = text3;
      this.segClean = null;
      this.segOrig = null;
    }
    this.end = this.src.length;
  }
  // ---------------------------------------------------------------- offsets and results
  mapPos(p) {
    const sc = this.segClean;
    if (sc === null) return p + this.base;
    const so = this.segOrig;
    let lo = 0;
    let hi = sc.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (sc[mid] <= p) lo = mid;
      else hi = mid - 1;
    }
    const o = so[lo] + (p - sc[lo]);
    return (o > this.text.length ? this.text.length : o) + this.base;
  }
  mapEnd(s, e) {
    return e > s ? this.mapPos(e - 1) + 1 : this.mapPos(s);
  }
  mkWord(s, e, value, quoted, exp) {
    const start = this.mapPos(s);
    const end = this.mapEnd(s, e);
    return {
      value,
      raw: this.text.slice(start - this.base, end - this.base),
      start,
      end,
      quoted,
      hasExpansion: exp
    };
  }
  error(message, s, e) {
    const start = this.mapPos(s);
    this.errors.push({ message, start, end: this.mapEnd(s, e) });
  }
  enter(at2) {
    if (++this.nest > MAX_NEST) {
      this.error("nesting too deep; the rest of the script is not parsed", at2, at2);
      throw BAIL;
    }
  }
  leave() {
    this.nest--;
  }
  // ---------------------------------------------------------------- lexer
  peek() {
    if (!this.hasTok) this.lex();
    return this.tokType;
  }
  consume() {
    this.hasTok = false;
  }
  isOp(op) {
    return this.peek() === T_OP && this.tokOp === op;
  }
  isKw(kw) {
    return this.peek() === T_WORD && this.tokPlain && this.tokWord.value === kw;
  }
  describe() {
    switch (this.tokType) {
      case T_EOF:
        return "end of script";
      case T_NL:
        return "newline";
      case T_WORD:
        return `'${this.tokWord.value}'`;
      default:
        return `'${this.tokOp}'`;
    }
  }
  setOp(type, op, s, e) {
    this.tokType = type;
    this.tokOp = op;
    this.tokStart = s;
    this.tokEnd = e;
    this.tokWord = null;
    this.tokDup = null;
    this.tokHeredoc = 0;
    this.pos = e;
    this.hasTok = true;
  }
  lex() {
    const src = this.src;
    const end = this.end;
    let p = this.pos;
    let c = 0;
    for (; ; ) {
      while (p < end) {
        c = src.charCodeAt(p);
        if (c === CH_SPACE || c === CH_TAB || c === CH_CR) p++;
        else if (c === CH_BACKSLASH && this.bs && p + 1 < end && src.charCodeAt(p + 1) === CH_NL) p += 2;
        else if (c === CH_BACKSLASH && this.bs && p + 2 < end && src.charCodeAt(p + 1) === CH_CR && src.charCodeAt(p + 2) === CH_NL)
          p += 3;
        else break;
      }
      if (p >= end) {
        this.setOp(T_EOF, "", end, end);
        return;
      }
      if (c === CH_HASH) {
        const nl = src.indexOf("\n", p);
        p = nl < 0 || nl > end ? end : nl;
        continue;
      }
      break;
    }
    const n = p + 1 < end ? src.charCodeAt(p + 1) : -1;
    if (this.testMode) {
      if (c === CH_AMP && n === CH_AMP) {
        this.setOp(T_WORD, "&&", p, p + 2);
        this.tokWord = this.mkWord(p, p + 2, "&&", false, false);
        this.tokPlain = true;
        return;
      }
      if (c === CH_PIPE || c === CH_LPAREN || c === CH_RPAREN || c === CH_LT || c === CH_GT) {
        this.lexWord(p);
        return;
      }
    }
    switch (c) {
      case CH_NL:
        this.setOp(T_NL, "\n", p, p + 1);
        if (this.heredocs.length > 0) this.readHeredocBodies();
        return;
      case CH_SEMI:
        if (n === CH_SEMI) {
          if (p + 2 < end && src.charCodeAt(p + 2) === CH_AMP) this.setOp(T_OP, ";;&", p, p + 3);
          else this.setOp(T_OP, ";;", p, p + 2);
        } else if (n === CH_AMP) this.setOp(T_OP, ";&", p, p + 2);
        else this.setOp(T_OP, ";", p, p + 1);
        return;
      case CH_AMP:
        if (n === CH_AMP) this.setOp(T_OP, "&&", p, p + 2);
        else if (n === CH_GT) this.lexRedirect(p, p);
        else this.setOp(T_OP, "&", p, p + 1);
        return;
      case CH_PIPE:
        if (n === CH_PIPE) this.setOp(T_OP, "||", p, p + 2);
        else if (n === CH_AMP) this.setOp(T_OP, "|&", p, p + 2);
        else this.setOp(T_OP, "|", p, p + 1);
        return;
      case CH_LPAREN:
        this.setOp(T_OP, "(", p, p + 1);
        return;
      case CH_RPAREN:
        this.setOp(T_OP, ")", p, p + 1);
        return;
      case CH_LT:
      case CH_GT:
        if (n === CH_LPAREN) this.lexWord(p);
        else this.lexRedirect(p, p);
        return;
      default:
        this.lexWord(p);
    }
  }
  /** Lexes a redirection operator at `p` (`<`, `>` or `&`), with an fd number starting at `s`. */
  lexRedirect(s, p) {
    const src = this.src;
    const end = this.end;
    const c = src.charCodeAt(p);
    const n = p + 1 < end ? src.charCodeAt(p + 1) : -1;
    const n2 = p + 2 < end ? src.charCodeAt(p + 2) : -1;
    let e = p + 1;
    let heredoc = 0;
    let dup = false;
    if (c === CH_LT) {
      if (n === CH_LT) {
        if (n2 === CH_LT) e = p + 3;
        else if (n2 === CH_MINUS) {
          e = p + 3;
          heredoc = 2;
        } else {
          e = p + 2;
          heredoc = 1;
        }
      } else if (n === CH_AMP) {
        e = p + 2;
        dup = true;
      } else if (n === CH_GT) e = p + 2;
    } else if (c === CH_GT) {
      if (n === CH_GT || n === CH_PIPE) e = p + 2;
      else if (n === CH_AMP) {
        e = p + 2;
        dup = true;
      }
    } else {
      e = n2 === CH_GT ? p + 3 : p + 2;
    }
    let dupWord = null;
    if (dup) {
      let q = e;
      while (q < end && isDigit(src.charCodeAt(q))) q++;
      if (q === e && q < end && src.charCodeAt(q) === CH_MINUS) q++;
      if (q > e) {
        const t = q < end ? src.charCodeAt(q) : CH_SPACE;
        if (t < 128 && WORD_END[t] === 1) {
          dupWord = this.mkWord(e, q, src.slice(e, q), false, false);
          e = q;
        }
      }
    }
    this.setOp(T_REDIR, src.slice(s, e), s, e);
    this.tokDup = dupWord;
    this.tokHeredoc = heredoc;
  }
  /** Lexes a word starting at `s` (may turn into a redirection such as `2>`). */
  lexWord(s) {
    const src = this.src;
    const end = this.end;
    const term = this.testMode ? TEST_WORD_END : WORD_END;
    let p = s;
    let val = "";
    let lit = s;
    let quoted = false;
    let exp = false;
    let plain = true;
    while (p < end) {
      const c = src.charCodeAt(p);
      if ((c === CH_LT || c === CH_GT) && !this.testMode && p + 1 < end && src.charCodeAt(p + 1) === CH_LPAREN) {
        this.parseSubst(p, p + 2);
        p = this.pos;
        exp = true;
        plain = false;
        continue;
      }
      if (c < 128 && term[c] === 1) {
        if (c === CH_LPAREN && p > s && this.wordGroupAllowed(s, p)) {
          p = this.skipGroup(p);
          exp = true;
          plain = false;
          continue;
        }
        if ((c === CH_LT || c === CH_GT) && p > s && !this.testMode && plain) {
          let q = s;
          while (q < p && isDigit(src.charCodeAt(q))) q++;
          if (q === p) {
            this.lexRedirect(s, p);
            return;
          }
        }
        break;
      }
      switch (c) {
        case CH_BACKSLASH: {
          if (!this.bs || p + 1 >= end) {
            p++;
            break;
          }
          const n = src.charCodeAt(p + 1);
          val += src.slice(lit, p);
          plain = false;
          if (n === CH_NL) {
            p += 2;
            lit = p;
          } else if (n === CH_CR && p + 2 < end && src.charCodeAt(p + 2) === CH_NL) {
            p += 3;
            lit = p;
          } else {
            quoted = true;
            lit = p + 1;
            p += 2;
          }
          break;
        }
        case CH_SQUOTE: {
          val += src.slice(lit, p);
          const q = src.indexOf("'", p + 1);
          if (q < 0 || q >= end) {
            this.error("unterminated single quote", p, end);
            val += src.slice(p + 1, end);
            p = end;
          } else {
            val += src.slice(p + 1, q);
            p = q + 1;
          }
          lit = p;
          quoted = true;
          plain = false;
          break;
        }
        case CH_DQUOTE:
          val += src.slice(lit, p);
          val += this.readDouble(p);
          if (this.lastExp) exp = true;
          p = this.pos;
          lit = p;
          quoted = true;
          plain = false;
          break;
        case CH_DOLLAR: {
          const n = p + 1 < end ? src.charCodeAt(p + 1) : -1;
          if (n === CH_SQUOTE) {
            val += src.slice(lit, p);
            val += this.readAnsi(p + 1);
            p = this.pos;
            lit = p;
            quoted = true;
            plain = false;
          } else if (n === CH_DQUOTE) {
            val += src.slice(lit, p);
            val += this.readDouble(p + 1);
            if (this.lastExp) exp = true;
            p = this.pos;
            lit = p;
            quoted = true;
            plain = false;
          } else {
            if (this.scanDollar(p, false)) {
              exp = true;
              plain = false;
            }
            p = this.pos;
          }
          break;
        }
        case CH_BACKQUOTE:
          this.scanBackquote(p);
          p = this.pos;
          exp = true;
          plain = false;
          break;
        default:
          p++;
      }
    }
    if (lit < p) val += src.slice(lit, p);
    this.setOp(T_WORD, "", s, p);
    this.tokWord = this.mkWord(s, p, val, quoted, exp);
    this.tokPlain = plain;
  }
  /** A `(` inside a word: bash array assignment `a=(…)` or extglob `@(…)`, `!(…)`, `*(…)`… */
  wordGroupAllowed(s, p) {
    const prev = this.src.charCodeAt(p - 1);
    if (prev === CH_AT || prev === CH_BANG || prev === CH_QUESTION || prev === CH_STAR || prev === CH_PLUS) {
      return true;
    }
    if (prev !== CH_EQ) return false;
    const e = this.assignmentEnd(s, p);
    return e === p;
  }
  /** Skips a balanced `( … )` group inside a word; returns the position after it. */
  skipGroup(p) {
    const src = this.src;
    const end = this.end;
    let depth = 0;
    const start = p;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (c === CH_LPAREN) depth++;
      else if (c === CH_RPAREN) {
        depth--;
        if (depth === 0) return p + 1;
      } else if (c === CH_BACKSLASH && this.bs) p++;
      else if (c === CH_SQUOTE || c === CH_DQUOTE) {
        const q = this.skipQuoted(p);
        if (q < 0) break;
        p = q;
        continue;
      }
      p++;
    }
    this.error("unterminated parenthesis", start, end);
    return end;
  }
  /** Skips a quoted string starting at `p` (no substitution parsing); -1 when unterminated. */
  skipQuoted(p) {
    const src = this.src;
    const end = this.end;
    const q = src.charCodeAt(p);
    p++;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (c === q) return p + 1;
      if (c === CH_BACKSLASH && q === CH_DQUOTE && this.bs) p++;
      p++;
    }
    return -1;
  }
  /** Reads a double-quoted string starting at `q` (the `"`). Returns its value; sets `pos`, `lastExp`. */
  readDouble(q) {
    const src = this.src;
    const end = this.end;
    let p = q + 1;
    let out = "";
    let lit = p;
    let exp = false;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (c === CH_DQUOTE) {
        out += src.slice(lit, p);
        this.pos = p + 1;
        this.lastExp = exp;
        return out;
      }
      if (c === CH_BACKSLASH && this.bs && p + 1 < end) {
        const n = src.charCodeAt(p + 1);
        if (n === CH_DOLLAR || n === CH_BACKQUOTE || n === CH_DQUOTE || n === CH_BACKSLASH) {
          out += src.slice(lit, p);
          lit = p + 1;
          p += 2;
        } else if (n === CH_NL) {
          out += src.slice(lit, p);
          p += 2;
          lit = p;
        } else p++;
        continue;
      }
      if (c === CH_DOLLAR) {
        if (this.scanDollar(p, true)) exp = true;
        p = this.pos;
        continue;
      }
      if (c === CH_BACKQUOTE) {
        this.scanBackquote(p);
        p = this.pos;
        exp = true;
        continue;
      }
      p++;
    }
    this.error("unterminated double quote", q, end);
    out += src.slice(lit, end);
    this.pos = end;
    this.lastExp = exp;
    return out;
  }
  /** Reads a `$'…'` string; `q` is the position of the `'`. Sets `pos`. */
  readAnsi(q) {
    const src = this.src;
    const end = this.end;
    let p = q + 1;
    let out = "";
    let lit = p;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (c === CH_SQUOTE) {
        out += src.slice(lit, p);
        this.pos = p + 1;
        return out;
      }
      if (c === CH_BACKSLASH && p + 1 < end) {
        out += src.slice(lit, p);
        const r = ansiEscape(src, p + 1, end);
        out += r.value;
        p += 1 + r.len;
        lit = p;
        continue;
      }
      p++;
    }
    this.error("unterminated $'\u2026' string", q - 1, end);
    out += src.slice(lit, end);
    this.pos = end;
    return out;
  }
  /** Scans an expansion at `p` (a `$`). Returns true when it is one; sets `pos` after it. */
  scanDollar(p, inDq) {
    const src = this.src;
    const end = this.end;
    if (p + 1 >= end) {
      this.pos = p + 1;
      return false;
    }
    const n = src.charCodeAt(p + 1);
    if (n === CH_LBRACE) {
      this.scanBraceParam(p, inDq);
      return true;
    }
    if (n === CH_LPAREN) {
      if (p + 2 < end && src.charCodeAt(p + 2) === CH_LPAREN) {
        const q = this.arithEnd(p + 1);
        if (q >= 0) {
          this.scanArithBody(p + 3, q - 2);
          this.pos = q;
          return true;
        }
      }
      this.parseSubst(p, p + 2);
      return true;
    }
    if (n === CH_LBRACKET) {
      let q = p + 2;
      let depth = 1;
      while (q < end) {
        const c = src.charCodeAt(q);
        if (c === CH_LBRACKET) depth++;
        else if (c === CH_RBRACKET && --depth === 0) break;
        else if (c === CH_NL) break;
        q++;
      }
      if (q < end && src.charCodeAt(q) === CH_RBRACKET) {
        this.pos = q + 1;
        return true;
      }
      this.pos = p + 1;
      return false;
    }
    if (isNameStart(n)) {
      let q = p + 2;
      while (q < end && isNameChar(src.charCodeAt(q))) q++;
      this.pos = q;
      return true;
    }
    if (isDigit(n) || n === CH_AT || n === CH_STAR || n === CH_HASH || n === CH_QUESTION || n === CH_DOLLAR || n === CH_BANG || n === CH_MINUS) {
      this.pos = p + 2;
      return true;
    }
    this.pos = p + 1;
    return false;
  }
  /** `${ … }` starting at `p` (the `$`); nested expansions and substitutions are handled. */
  scanBraceParam(p, inDq) {
    const src = this.src;
    const end = this.end;
    const start = p;
    this.enter(p);
    p += 2;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (c === CH_RBRACE) {
        this.pos = p + 1;
        this.leave();
        return;
      }
      if (c === CH_BACKSLASH && this.bs) {
        p += 2;
        continue;
      }
      if (c === CH_SQUOTE && !inDq) {
        const q = src.indexOf("'", p + 1);
        if (q < 0 || q >= end) {
          p = end;
          break;
        }
        p = q + 1;
        continue;
      }
      if (c === CH_DQUOTE) {
        this.readDouble(p);
        p = this.pos;
        continue;
      }
      if (c === CH_DOLLAR) {
        this.scanDollar(p, inDq);
        p = this.pos;
        continue;
      }
      if (c === CH_BACKQUOTE) {
        this.scanBackquote(p);
        p = this.pos;
        continue;
      }
      p++;
    }
    this.error("unterminated ${\u2026}", start, end);
    this.pos = end;
    this.leave();
  }
  /**
   * `open` is a `(` followed by another `(`. Finds the `)` that matches `open`; when the character
   * before it is `)` too, the whole is an arithmetic expression `(( … ))` and the position after it is
   * returned. Otherwise -1 (the caller parses it as commands: `$( (a) | b )`).
   */
  arithEnd(open) {
    const src = this.src;
    const end = this.end;
    let depth = 0;
    let p = open;
    while (p < end) {
      const c = src.charCodeAt(p);
      if (c === CH_LPAREN) depth++;
      else if (c === CH_RPAREN) {
        if (--depth === 0) {
          return p - 1 > open + 1 && src.charCodeAt(p - 1) === CH_RPAREN ? p + 1 : -1;
        }
      } else if (c === CH_BACKSLASH && this.bs) p++;
      else if (c === CH_SQUOTE || c === CH_DQUOTE) {
        const q = this.skipQuoted(p);
        if (q < 0) return -1;
        p = q;
        continue;
      } else if (c === CH_SEMI) return -1;
      p++;
    }
    return -1;
  }
  /** Parses the command substitutions inside an arithmetic expression `$(( … $(nproc) … ))`. */
  scanArithBody(p, to) {
    const src = this.src;
    const savedEnd = this.end;
    this.end = to;
    while (p < to) {
      const c = src.charCodeAt(p);
      if (c === CH_DOLLAR) {
        this.scanDollar(p, false);
        p = this.pos > p ? this.pos : p + 1;
      } else if (c === CH_BACKQUOTE) {
        this.scanBackquote(p);
        p = this.pos > p ? this.pos : p + 1;
      } else if (c === CH_SQUOTE || c === CH_DQUOTE) {
        const q = this.skipQuoted(p);
        if (q < 0) break;
        p = q;
      } else p++;
    }
    this.end = savedEnd;
    this.hasTok = false;
  }
  /** Parses the commands of a substitution whose body starts at `bodyStart` and ends at a `)`. */
  parseSubst(start, bodyStart) {
    this.enter(start);
    const savedTest = this.testMode;
    const savedSubst = this.inSubst;
    this.testMode = false;
    this.inSubst = true;
    this.depth++;
    this.pos = bodyStart;
    this.hasTok = false;
    this.parseProgram(true);
    if (!(this.tokType === T_OP && this.tokOp === ")")) {
      this.error("unterminated command substitution", start, this.end);
    }
    this.hasTok = false;
    this.depth--;
    this.inSubst = savedSubst;
    this.testMode = savedTest;
    this.sortNeeded = true;
    this.leave();
  }
  /** A backquoted command substitution starting at `p`; sets `pos` after it. */
  scanBackquote(p) {
    const src = this.src;
    const end = this.end;
    let q = p + 1;
    while (q < end) {
      const c = src.charCodeAt(q);
      if (c === CH_BACKQUOTE) break;
      if (c === CH_BACKSLASH && this.bs) q++;
      q++;
    }
    const close = q < end ? q : end;
    if (q >= end) this.error("unterminated backquote", p, end);
    this.enter(p);
    const savedTest = this.testMode;
    const savedSubst = this.inSubst;
    const savedEnd = this.end;
    this.testMode = false;
    this.inSubst = true;
    this.depth++;
    this.end = close;
    this.pos = p + 1;
    this.hasTok = false;
    this.parseProgram(false);
    this.hasTok = false;
    this.end = savedEnd;
    this.pos = close < end ? close + 1 : end;
    this.depth--;
    this.inSubst = savedSubst;
    this.testMode = savedTest;
    this.sortNeeded = true;
    this.leave();
  }
  /** Skips the bodies of pending heredocs; `pos` is just after a newline. */
  readHeredocBodies() {
    const src = this.src;
    const end = this.end;
    let p = this.pos;
    for (const h of this.heredocs) {
      let found = false;
      while (p < end) {
        let ls = p;
        let nl = src.indexOf("\n", p);
        if (nl < 0 || nl >= end) nl = end;
        let le = nl;
        if (le > ls && src.charCodeAt(le - 1) === CH_CR) le--;
        if (h.strip) while (ls < le && src.charCodeAt(ls) === CH_TAB) ls++;
        p = nl < end ? nl + 1 : end;
        if (le - ls === h.delim.length && src.startsWith(h.delim, ls)) {
          found = true;
          break;
        }
      }
      if (!found && !this.dockerMode) {
        this.errors.push({
          message: `here-document '${h.delim}' is not terminated`,
          start: h.start,
          end: h.end
        });
      }
    }
    this.heredocs.length = 0;
    this.pos = p;
  }
  /** End of the `NAME=` / `NAME+=` / `NAME[…]=` prefix of the word at [s, e), or -1. */
  assignmentEnd(s, e) {
    const src = this.src;
    if (s >= e || !isNameStart(src.charCodeAt(s))) return -1;
    let i = s + 1;
    while (i < e && isNameChar(src.charCodeAt(i))) i++;
    if (i < e && src.charCodeAt(i) === CH_LBRACKET) {
      let depth = 0;
      while (i < e) {
        const c = src.charCodeAt(i);
        if (c === CH_LBRACKET) depth++;
        else if (c === CH_RBRACKET && --depth === 0) break;
        i++;
      }
      if (i >= e) return -1;
      i++;
    }
    if (i < e && src.charCodeAt(i) === CH_PLUS) i++;
    if (i < e && src.charCodeAt(i) === CH_EQ) return i + 1;
    return -1;
  }
  // ---------------------------------------------------------------- parser
  run() {
    this.parseProgram(false);
    if (this.heredocs.length > 0 && !this.dockerMode) {
      for (const h of this.heredocs) {
        this.errors.push({
          message: `here-document '${h.delim}' is not terminated`,
          start: h.start,
          end: h.end
        });
      }
    }
  }
  /** Parses lists until the end (or a `)` closing a substitution), reporting stray tokens. */
  parseProgram(inParen) {
    for (; ; ) {
      this.parseList();
      const t = this.peek();
      if (t === T_EOF) return;
      if (inParen && t === T_OP && this.tokOp === ")") {
        this.consume();
        this.tokType = T_OP;
        this.tokOp = ")";
        return;
      }
      this.error(`unexpected ${this.describe()}`, this.tokStart, this.tokEnd);
      this.consume();
    }
  }
  isListEnd(t) {
    if (t === T_EOF) return true;
    if (t === T_OP) {
      const op = this.tokOp;
      return op === ")" || op === ";;" || op === ";&" || op === ";;&";
    }
    return t === T_WORD && this.tokPlain && CLOSERS.has(this.tokWord.value);
  }
  skipNewlines() {
    while (this.peek() === T_NL) this.consume();
  }
  /** A sequence of and-or lists separated by `;`, `&` or newlines, up to a closing token. */
  parseList() {
    let prevOp = null;
    let dangling = null;
    for (; ; ) {
      let t = this.peek();
      while (t === T_NL) {
        this.consume();
        t = this.peek();
      }
      if (this.isListEnd(t)) break;
      dangling = null;
      const cmd = this.parseAndOr(prevOp);
      t = this.peek();
      if (t === T_NL || t === T_OP && (this.tokOp === ";" || this.tokOp === "&")) {
        const op = t === T_NL ? "\n" : this.tokOp;
        this.consume();
        if (cmd) cmd.next = op;
        dangling = cmd;
        prevOp = op;
        continue;
      }
      break;
    }
    if (dangling) dangling.next = null;
  }
  parseAndOr(prevOp) {
    let cmd = this.parsePipeline(prevOp);
    for (; ; ) {
      if (this.peek() !== T_OP) return cmd;
      const op = this.tokOp;
      if (op !== "&&" && op !== "||") return cmd;
      this.consume();
      if (cmd) cmd.next = op;
      this.skipNewlines();
      cmd = this.parsePipeline(op);
    }
  }
  parsePipeline(prevOp) {
    const idx = this.pipelines++;
    let negated = false;
    while (this.isKw("!")) {
      this.consume();
      negated = true;
    }
    let cmd = this.parseCommand(idx, prevOp, negated);
    for (; ; ) {
      if (this.peek() !== T_OP) return cmd;
      const op = this.tokOp;
      if (op !== "|" && op !== "|&") return cmd;
      this.consume();
      if (cmd) cmd.next = op;
      this.skipNewlines();
      cmd = this.parseCommand(idx, op, negated);
    }
  }
  /** One command; returns the SimpleCommand, or null for a compound command or an error. */
  parseCommand(idx, prevOp, negated) {
    const t = this.peek();
    if (t === T_WORD) {
      if (this.tokPlain) {
        switch (this.tokWord.value) {
          case "if":
            this.parseIf();
            return null;
          case "while":
          case "until":
            this.parseWhile();
            return null;
          case "for":
          case "select":
            this.parseFor();
            return null;
          case "case":
            this.parseCase();
            return null;
          case "{":
            this.parseGroup();
            return null;
          case "function":
            this.parseFunctionKeyword();
            return null;
          case "then":
          case "elif":
          case "else":
          case "fi":
          case "do":
          case "done":
          case "esac":
          case "}":
            this.error(`expected a command before ${this.describe()}`, this.tokStart, this.tokEnd);
            return null;
        }
      }
      return this.parseSimple(idx, prevOp, negated);
    }
    if (t === T_REDIR) return this.parseSimple(idx, prevOp, negated);
    if (t === T_OP && this.tokOp === "(") {
      this.parseSubshell();
      return null;
    }
    this.error(`expected a command before ${this.describe()}`, this.tokStart, this.tokEnd);
    return null;
  }
  /** A compound command's body: a list one level deeper. */
  body(at2) {
    this.enter(at2);
    this.depth++;
    this.parseList();
    this.depth--;
    this.leave();
  }
  expectKw(kw, what, at2) {
    if (this.isKw(kw)) {
      this.consume();
      return true;
    }
    this.error(`expected '${kw}' ${what}, found ${this.describe()}`, at2, this.tokEnd > at2 ? this.tokEnd : at2);
    return false;
  }
  parseTrailingRedirects() {
    while (this.peek() === T_REDIR) this.parseRedirect();
  }
  parseIf() {
    const at2 = this.tokStart;
    this.consume();
    this.body(at2);
    if (!this.expectKw("then", "after 'if' condition", at2)) return;
    this.body(at2);
    for (; ; ) {
      if (this.isKw("elif")) {
        this.consume();
        this.body(at2);
        if (!this.expectKw("then", "after 'elif' condition", at2)) return;
        this.body(at2);
        continue;
      }
      if (this.isKw("else")) {
        this.consume();
        this.body(at2);
      }
      break;
    }
    if (!this.expectKw("fi", "to close 'if'", at2)) return;
    this.parseTrailingRedirects();
  }
  parseWhile() {
    const at2 = this.tokStart;
    this.consume();
    this.body(at2);
    if (!this.expectKw("do", "after loop condition", at2)) return;
    this.body(at2);
    if (!this.expectKw("done", "to close loop", at2)) return;
    this.parseTrailingRedirects();
  }
  parseFor() {
    const at2 = this.tokStart;
    const kw = this.tokWord.value;
    this.consume();
    let t = this.peek();
    if (t === T_OP && this.tokOp === "(" && this.src.charCodeAt(this.tokStart + 1) === CH_LPAREN) {
      const q = this.forArithEnd(this.tokStart);
      if (q < 0) {
        this.error(`unterminated '${kw} ((\u2026))'`, at2, this.end);
        this.pos = this.end;
        this.hasTok = false;
        return;
      }
      this.pos = q;
      this.hasTok = false;
      if (this.peek() === T_NL || this.isOp(";")) this.consume();
    } else {
      if (t !== T_WORD) {
        this.error(`expected a variable name after '${kw}'`, at2, this.tokEnd);
        return;
      }
      this.consume();
      this.skipNewlines();
      if (this.isKw("in")) {
        this.consume();
        while (this.peek() === T_WORD) this.consume();
        t = this.peek();
        if (t === T_NL || t === T_OP && this.tokOp === ";") this.consume();
      } else if (this.isOp(";")) this.consume();
    }
    this.skipNewlines();
    if (this.isKw("{")) {
      this.parseGroup();
      return;
    }
    if (!this.expectKw("do", `in '${kw}' loop`, at2)) return;
    this.body(at2);
    if (!this.expectKw("done", `to close '${kw}' loop`, at2)) return;
    this.parseTrailingRedirects();
  }
  /** End of `(( … ))` in a bash arithmetic for loop (it may contain `;`). */
  forArithEnd(open) {
    const src = this.src;
    const end = this.end;
    let depth = 0;
    for (let p = open; p < end; p++) {
      const c = src.charCodeAt(p);
      if (c === CH_LPAREN) depth++;
      else if (c === CH_RPAREN && --depth === 0) return p + 1;
    }
    return -1;
  }
  parseCase() {
    const at2 = this.tokStart;
    this.consume();
    if (this.peek() !== T_WORD) {
      this.error("expected a word after 'case'", at2, this.tokEnd);
      return;
    }
    this.consume();
    this.skipNewlines();
    if (!this.expectKw("in", "after 'case' word", at2)) return;
    for (; ; ) {
      this.skipNewlines();
      if (this.isKw("esac")) {
        this.consume();
        break;
      }
      if (this.peek() === T_EOF) {
        this.error("expected 'esac' to close 'case'", at2, this.end);
        return;
      }
      if (this.isOp("(")) this.consume();
      let ok = false;
      for (; ; ) {
        if (this.peek() !== T_WORD) {
          this.error(`expected a case pattern, found ${this.describe()}`, this.tokStart, this.tokEnd);
          break;
        }
        this.consume();
        if (this.isOp("|")) {
          this.consume();
          continue;
        }
        if (this.isOp(")")) {
          this.consume();
          ok = true;
        } else
          this.error(`expected ')' after case pattern, found ${this.describe()}`, this.tokStart, this.tokEnd);
        break;
      }
      if (!ok) return;
      this.body(at2);
      const t = this.peek();
      if (t === T_OP && (this.tokOp === ";;" || this.tokOp === ";&" || this.tokOp === ";;&")) {
        this.consume();
        continue;
      }
      if (this.isKw("esac")) {
        this.consume();
        break;
      }
      this.error(`expected ';;' or 'esac', found ${this.describe()}`, this.tokStart, this.tokEnd);
      return;
    }
    this.parseTrailingRedirects();
  }
  parseGroup() {
    const at2 = this.tokStart;
    this.consume();
    this.body(at2);
    if (!this.expectKw("}", "to close '{'", at2)) return;
    this.parseTrailingRedirects();
  }
  parseSubshell() {
    const at2 = this.tokStart;
    this.consume();
    if (at2 + 1 < this.end && this.src.charCodeAt(at2 + 1) === CH_LPAREN) {
      const q = this.arithEnd(at2);
      if (q >= 0) {
        this.scanArithBody(at2 + 2, q - 2);
        this.pos = q;
        this.hasTok = false;
        this.parseTrailingRedirects();
        return;
      }
    }
    const savedSubshell = this.subshellDepth;
    this.subshellDepth++;
    this.body(at2);
    this.subshellDepth = savedSubshell;
    if (this.isOp(")")) this.consume();
    else {
      this.error(`expected ')' to close subshell, found ${this.describe()}`, at2, at2 + 1);
      return;
    }
    this.parseTrailingRedirects();
  }
  /** The body of a function definition (after `name()` or `function name`). */
  parseFunctionBody(at2) {
    this.skipNewlines();
    this.enter(at2);
    this.parseCommand(this.pipelines++, null, false);
    this.leave();
  }
  parseFunctionKeyword() {
    const at2 = this.tokStart;
    this.consume();
    if (this.peek() !== T_WORD) {
      this.error("expected a function name after 'function'", at2, this.tokEnd);
      return;
    }
    this.consume();
    if (this.isOp("(")) {
      this.consume();
      if (this.isOp(")")) this.consume();
      else this.error("expected ')' in function definition", this.tokStart, this.tokEnd);
    }
    this.parseFunctionBody(at2);
  }
  /** Parses a redirection (the current token) and its target; `redirEnd` is set to its cleaned end. */
  parseRedirect() {
    const op = this.tokOp;
    const s = this.tokStart;
    let e = this.tokEnd;
    const dup = this.tokDup;
    const heredoc = this.tokHeredoc;
    this.consume();
    let target = dup;
    if (target === null) {
      if (this.peek() === T_WORD) {
        target = this.tokWord;
        e = this.tokEnd;
        this.consume();
        if (heredoc > 0) {
          this.heredocs.push({
            delim: target.value,
            strip: heredoc === 2,
            start: target.start,
            end: target.end
          });
        }
      } else {
        this.error(`missing target for redirection '${op}'`, s, e);
      }
    }
    this.redirEnd = e;
    const r = { op, start: this.mapPos(s), end: this.mapEnd(s, e) };
    if (target) r.target = target;
    return r;
  }
  parseSimple(idx, prevOp, negated) {
    const assignments = [];
    const words = [];
    const redirects = [];
    let s = -1;
    let e = -1;
    for (; ; ) {
      const t = this.peek();
      if (t === T_WORD) {
        const w = this.tokWord;
        const ws = this.tokStart;
        const we = this.tokEnd;
        const plain = this.tokPlain;
        if (s < 0) s = ws;
        e = we;
        this.consume();
        if (words.length === 0 && this.assignmentEnd(ws, we) > 0) {
          assignments.push(w);
          continue;
        }
        words.push(w);
        if (words.length === 1) {
          if (plain && w.value === "[[") this.testMode = true;
          else if (assignments.length === 0 && redirects.length === 0 && this.isOp("(")) {
            this.consume();
            if (this.isOp(")")) this.consume();
            else this.error("expected ')' in function definition", this.tokStart, this.tokEnd);
            this.parseFunctionBody(ws);
            return null;
          }
        } else if (this.testMode && plain && w.value === "]]") this.testMode = false;
        continue;
      }
      if (t === T_REDIR) {
        if (s < 0) s = this.tokStart;
        redirects.push(this.parseRedirect());
        e = this.redirEnd;
        continue;
      }
      break;
    }
    this.testMode = false;
    const args = [];
    for (let i = 1; i < words.length; i++) args.push(words[i].value);
    const cmd = {
      assignments,
      words,
      redirects,
      name: words.length > 0 ? words[0].value : "",
      args,
      next: null,
      prev: prevOp,
      pipeline: idx,
      depth: this.depth,
      negated,
      inSubstitution: this.inSubst,
      subshell: this.subshellDepth > 0 || this.inSubst,
      start: this.mapPos(s),
      end: this.mapEnd(s, e)
    };
    this.commands.push(cmd);
    return cmd;
  }
};
function parseShell(text3, options = {}) {
  const src = typeof text3 === "string" ? text3 : String(text3 ?? "");
  const parser = new Parser(src, options ?? {});
  try {
    parser.run();
  } catch (e) {
    if (!(e instanceof Bail)) {
      parser.errors.push({
        message: `shell parser failure: ${e instanceof Error ? e.message : String(e)}`,
        start: parser.base,
        end: parser.base + src.length
      });
    }
  }
  if (parser.sortNeeded) parser.commands.sort((a, b) => a.start - b.start);
  return { commands: parser.commands, errors: parser.errors };
}

// src/targets/dockerfile/vars.ts
var NAME_START = /[A-Za-z_]/;
var NAME_CHAR = /[A-Za-z0-9_]/;
var MAX_EXPANSION_DEPTH = 32;
var MAX_EXPANSION_LENGTH = 16 * 1024;
function expandVars(text3, scope, escapeChar = "\\", depth = 0) {
  if (!text3.includes("$") || depth > MAX_EXPANSION_DEPTH)
    return { value: text3, unresolved: [], substituted: false };
  const unresolved = [];
  let substituted = false;
  let out = "";
  let i = 0;
  const lookup = (name) => scope.get(name)?.value;
  while (i < text3.length) {
    if (out.length > MAX_EXPANSION_LENGTH) {
      out = out.slice(0, MAX_EXPANSION_LENGTH);
      break;
    }
    const c = text3[i];
    if (c === escapeChar && text3[i + 1] === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    if (text3[i + 1] === "{") {
      const close = findClose(text3, i + 2);
      if (close < 0) {
        out += text3.slice(i);
        break;
      }
      const inner = text3.slice(i + 2, close);
      i = close + 1;
      let n = 0;
      while (n < inner.length && NAME_CHAR.test(inner[n])) n++;
      const name = inner.slice(0, n);
      const op = inner.slice(n);
      const value = lookup(name);
      substituted = true;
      if (op.startsWith(":-") || op.startsWith("-")) {
        const word = op.slice(op.startsWith(":-") ? 2 : 1);
        const empty = op.startsWith(":-") ? !value : value === void 0;
        if (empty) {
          const inner2 = expandVars(word, scope, escapeChar, depth + 1);
          unresolved.push(...inner2.unresolved);
          out += inner2.value;
        } else out += value;
      } else if (op.startsWith(":+") || op.startsWith("+")) {
        const word = op.slice(op.startsWith(":+") ? 2 : 1);
        const set = op.startsWith(":+") ? !!value : value !== void 0;
        if (set) {
          const inner2 = expandVars(word, scope, escapeChar, depth + 1);
          unresolved.push(...inner2.unresolved);
          out += inner2.value;
        }
      } else if (op.startsWith(":?") || op.startsWith("?")) {
        if (value === void 0) unresolved.push(name);
        out += value ?? "";
      } else {
        if (value === void 0) unresolved.push(name);
        out += value ?? "";
      }
      continue;
    }
    if (i + 1 < text3.length && NAME_START.test(text3[i + 1])) {
      let j = i + 2;
      while (j < text3.length && NAME_CHAR.test(text3[j])) j++;
      const name = text3.slice(i + 1, j);
      const value = lookup(name);
      substituted = true;
      if (value === void 0) unresolved.push(name);
      out += value ?? "";
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  if (out.length > MAX_EXPANSION_LENGTH) out = out.slice(0, MAX_EXPANSION_LENGTH);
  return { value: out, unresolved, substituted };
}
function findClose(text3, from) {
  let depth = 1;
  for (let j = from; j < text3.length; j++) {
    if (text3[j] === "{") depth++;
    else if (text3[j] === "}" && --depth === 0) return j;
  }
  return -1;
}
function braceCloses(text3) {
  const out = new Int32Array(text3.length).fill(-1);
  const open = [];
  for (let j = 0; j < text3.length; j++) {
    if (text3[j] === "{") open.push(j);
    else if (text3[j] === "}" && open.length > 0) out[open.pop()] = j;
  }
  return out;
}
function referencedVars(text3, escapeChar = "\\") {
  const refs = [];
  let closes;
  for (let i = 0; i < text3.length; i++) {
    if (text3[i] === escapeChar && text3[i + 1] === "$") {
      i++;
      continue;
    }
    if (text3[i] !== "$") continue;
    if (text3[i + 1] === "{") {
      let j = i + 2;
      while (j < text3.length && NAME_CHAR.test(text3[j])) j++;
      if (j > i + 2) {
        closes ??= braceCloses(text3);
        const close = closes[i + 1];
        refs.push({ name: text3.slice(i + 2, j), start: i, end: close < 0 ? j : close + 1 });
      }
    } else if (NAME_START.test(text3[i + 1] ?? "")) {
      let j = i + 2;
      while (j < text3.length && NAME_CHAR.test(text3[j])) j++;
      refs.push({ name: text3.slice(i + 1, j), start: i, end: j });
    }
  }
  return refs;
}
var PREDEFINED_ARGS = [
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETARCH",
  "TARGETVARIANT",
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDARCH",
  "BUILDVARIANT",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "FTP_PROXY",
  "NO_PROXY",
  "ALL_PROXY",
  "http_proxy",
  "https_proxy",
  "ftp_proxy",
  "no_proxy",
  "all_proxy",
  "BUILDKIT_SYNTAX",
  "BUILDKIT_INLINE_CACHE",
  "SOURCE_DATE_EPOCH"
];

// src/targets/dockerfile/scope.ts
var ScopeLog = class {
  byName = /* @__PURE__ */ new Map();
  /** Names in the order they were first declared, for iteration. */
  names = [];
  length = 0;
  add(binding) {
    const at2 = this.length++;
    let history = this.byName.get(binding.name);
    if (!history) {
      history = [];
      this.byName.set(binding.name, history);
      this.names.push(binding.name);
    }
    history.push({ at: at2, binding });
  }
  /** The scope as it is now; later additions do not change it. */
  view() {
    return new ScopeView(this, this.length, this.names.length);
  }
  /** The latest binding of `name` added before position `upto`. */
  lookup(name, upto) {
    const history = this.byName.get(name);
    if (!history || history[0].at >= upto) return void 0;
    let lo = 0;
    let hi = history.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (history[mid].at < upto) lo = mid;
      else hi = mid - 1;
    }
    return history[lo].binding;
  }
  nameAt(i) {
    return this.names[i];
  }
};
var ScopeView = class {
  constructor(log, upto, nameCount) {
    this.log = log;
    this.upto = upto;
    this.nameCount = nameCount;
  }
  log;
  upto;
  nameCount;
  get(name) {
    return this.log.lookup(name, this.upto);
  }
  has(name) {
    return this.get(name) !== void 0;
  }
  get size() {
    return this.nameCount;
  }
  *entries() {
    for (let i = 0; i < this.nameCount; i++) {
      const name = this.log.nameAt(i);
      yield [name, this.get(name)];
    }
  }
  *keys() {
    for (const [k] of this.entries()) yield k;
  }
  *values() {
    for (const [, v] of this.entries()) yield v;
  }
  forEach(fn) {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};

// src/targets/dockerfile/syntax-checks.ts
function argNameProperties(args) {
  return args.map((a) => {
    const eq = a.value.indexOf("=");
    const name = eq < 0 ? a.value : a.value.slice(0, eq);
    const raw = eq < 0 ? void 0 : a.value.slice(eq + 1);
    return {
      name,
      value: raw === void 0 ? void 0 : raw.replace(/^(["'])(.*)\1$/, "$2"),
      range: a.range,
      nameRange: sub(a.range, 0, name.length),
      valueRange: raw === void 0 ? null : sub(a.range, eq + 1, a.value.length),
      legacyForm: false
    };
  });
}
var INSTRUCTION_FLAGS = {
  FROM: { platform: { kind: "string" } },
  RUN: {
    mount: { kind: "string", repeat: true },
    network: { kind: "string" },
    security: { kind: "string" },
    device: { kind: "string", repeat: true }
  },
  COPY: {
    from: { kind: "string" },
    chown: { kind: "string" },
    chmod: { kind: "string" },
    link: { kind: "bool" },
    parents: { kind: "bool" },
    exclude: { kind: "string", repeat: true }
  },
  ADD: {
    chown: { kind: "string" },
    chmod: { kind: "string" },
    link: { kind: "bool" },
    checksum: { kind: "string" },
    "keep-git-dir": { kind: "bool" },
    exclude: { kind: "string", repeat: true },
    unpack: { kind: "bool" }
  },
  HEALTHCHECK: {
    interval: { kind: "string" },
    timeout: { kind: "string" },
    "start-period": { kind: "string" },
    "start-interval": { kind: "string" },
    retries: { kind: "string" }
  }
};
var FLAG_VALUES = {
  RUN: { network: ["default", "none", "host"], security: ["insecure", "sandbox"] }
};
var MOUNT_TYPES = ["bind", "cache", "tmpfs", "secret", "ssh"];
var STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
var GO_DURATION = /^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;
var SIGNALS = /* @__PURE__ */ new Set([
  "ABRT",
  "ALRM",
  "BUS",
  "CHLD",
  "CLD",
  "CONT",
  "FPE",
  "HUP",
  "ILL",
  "INT",
  "IO",
  "IOT",
  "KILL",
  "PIPE",
  "POLL",
  "PROF",
  "PWR",
  "QUIT",
  "SEGV",
  "STKFLT",
  "STOP",
  "SYS",
  "TERM",
  "TRAP",
  "TSTP",
  "TTIN",
  "TTOU",
  "UNUSED",
  "URG",
  "USR1",
  "USR2",
  "VTALRM",
  "WINCH",
  "XCPU",
  "XFSZ",
  "RTMIN",
  "RTMAX"
]);
function parseGoDuration(s) {
  if (s === "0" || s === "+0" || s === "-0") return 0;
  if (!GO_DURATION.test(s)) return void 0;
  const unit = {
    ns: 1e-6,
    us: 1e-3,
    \u00B5s: 1e-3,
    \u03BCs: 1e-3,
    ms: 1,
    s: 1e3,
    m: 6e4,
    h: 36e5
  };
  let total = 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) total += Number(m[1]) * unit[m[2]];
  return s.startsWith("-") ? -total : total;
}
function portProblem(p, what) {
  if (p === "") return `no ${what} is given`;
  const m = /^(\d+)(?:-(\d+))?$/.exec(p);
  if (!m) return `"${p}" is not a ${what} (a number from 0 to 65535, or a range such as 8000-8010)`;
  const lo = Number(m[1]);
  const hi = m[2] === void 0 ? lo : Number(m[2]);
  if (lo > 65535 || hi > 65535) return `${p} is out of range: ports go from 0 to 65535`;
  if (hi < lo) return `the range ${p} ends before it starts`;
  return void 0;
}
function validIp(ip) {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (v4) return v4.slice(1).every((o) => Number(o) <= 255);
  const inner = ip.startsWith("[") && ip.endsWith("]") ? ip.slice(1, -1) : ip;
  return /^[0-9A-Fa-f:.]+$/.test(inner) && inner.includes(":");
}
function exposeProblem(spec) {
  const parts = spec.split(":");
  let ip = "";
  let host = "";
  let rest = parts[parts.length - 1];
  if (parts.length === 2) host = parts[0];
  else if (parts.length > 2) {
    ip = parts.slice(0, -2).join(":");
    host = parts[parts.length - 2];
  }
  const slash = rest.indexOf("/");
  const proto = slash < 0 ? "tcp" : rest.slice(slash + 1);
  rest = slash < 0 ? rest : rest.slice(0, slash);
  if (!["tcp", "udp", "sctp"].includes(proto.toLowerCase()))
    return `"${proto}" is not a protocol (tcp, udp or sctp)`;
  if (ip !== "" && !validIp(ip)) return `"${ip}" is not an IP address`;
  const container = portProblem(rest, "port");
  if (container) return container;
  if (host !== "") return portProblem(host, "host port");
  return void 0;
}
function leadingFlags(args) {
  const out = [];
  for (const a of args) {
    if (a.value === "--" || !a.value.startsWith("--") || a.value.length === 2) break;
    out.push(a);
  }
  return out;
}
function sub(r, start, end) {
  if (r.line !== r.endLine) return r;
  return { line: r.line, column: r.column + start, endLine: r.line, endColumn: r.column + end };
}
function checkFlags(inst, out) {
  const specs = INSTRUCTION_FLAGS[inst.keyword];
  const allowed = specs ? Object.keys(specs) : [];
  const list = allowed.length > 0 ? `${inst.keyword} accepts ${allowed.map((f) => `--${f}`).join(", ")}` : `${inst.keyword} takes no flags`;
  const flags = specs && inst.flags.length > 0 ? inst.flags : inst.keyword === "ONBUILD" ? [] : leadingFlags(inst.args).map((a) => {
    const eq = a.value.indexOf("=");
    const name = a.value.slice(2, eq < 0 ? void 0 : eq);
    return {
      name,
      value: eq < 0 ? null : a.value.slice(eq + 1),
      range: a.range,
      nameRange: sub(a.range, 2, 2 + name.length),
      valueRange: eq < 0 ? null : sub(a.range, eq + 1, a.value.length)
    };
  });
  const used = /* @__PURE__ */ new Set();
  for (const f of flags) {
    const spec = specs?.[f.name];
    if (!spec) {
      const other = allowed.find((a) => a.toLowerCase() === f.name.toLowerCase());
      out.push({
        message: `Unknown flag --${f.name} for ${inst.keyword}; the builder rejects the file. ${list}` + (other ? ` (flags are case-sensitive: write --${other})` : "") + (inst.keyword === "CMD" || inst.keyword === "ENTRYPOINT" ? `; to pass --${f.name} to the program, use the JSON form: ${inst.keyword} ["program", "--${f.name}"]` : "") + ".",
        range: f.nameRange
      });
      continue;
    }
    if (used.has(f.name) && !spec.repeat) {
      out.push({
        message: `Duplicate flag --${f.name}: ${inst.keyword} takes it once, and the builder rejects the file.`,
        range: f.range
      });
    }
    used.add(f.name);
    if (spec.kind === "bool") {
      if (f.value !== null && !/^(?:true|false)$/i.test(f.value)) {
        out.push({
          message: `--${f.name} takes true or false (or no value), not "${f.value}".`,
          range: f.valueRange ?? f.range
        });
      }
      continue;
    }
    if (f.value === null || f.value === "" && f.name !== "platform") {
      out.push({
        message: `Missing a value on flag --${f.name}: write --${f.name}=<value>.`,
        range: f.range
      });
      continue;
    }
    const choices = FLAG_VALUES[inst.keyword]?.[f.name];
    if (choices && !f.value.includes("$") && !choices.includes(f.value)) {
      out.push({
        message: `--${f.name}=${f.value} is not valid: it takes ${choices.join(", ")}.`,
        range: f.valueRange ?? f.range
      });
    }
    if (inst.keyword === "RUN" && f.name === "mount" && !f.value.includes("$")) {
      const type = /(?:^|,)type=([^,]*)/.exec(f.value)?.[1];
      if (type !== void 0 && !MOUNT_TYPES.includes(type)) {
        out.push({
          message: `Unsupported mount type "${type}": --mount takes type=${MOUNT_TYPES.join(", type=")}.`,
          range: f.valueRange ?? f.range
        });
      }
    }
  }
}
function checkFrom(inst, out) {
  const args = inst.args;
  if (templateWord(inst.argsText)?.placeholders.length) return;
  if (args.length === 2 || args.length > 3) {
    out.push({
      message: args.length === 2 && args[1].value.toLowerCase() === "as" ? "FROM \u2026 AS needs a stage name after AS; the builder rejects the file." : `FROM takes an image and optionally AS <name> (one or three arguments, got ${args.length}); the builder rejects the file.`,
      range: inst.argsRange ?? inst.range
    });
    return;
  }
  if (args.length === 3) {
    if (args[1].value.toLowerCase() !== "as") {
      out.push({
        message: `When FROM has three arguments the second must be AS (got "${args[1].value}"); the builder rejects the file.`,
        range: args[1].range
      });
      return;
    }
    const name = args[2].value;
    if (!STAGE_NAME.test(name.toLowerCase())) {
      out.push({
        message: `Invalid name for build stage "${name}": a stage name starts with a letter and contains only letters, digits, "-", "_" and "."; the builder rejects the file.`,
        range: args[2].range
      });
    }
  }
}
function checkExpose(inst, out) {
  for (const a of inst.args) {
    if (a.value.includes("$") || a.value.startsWith("--")) continue;
    const spec = a.value.replace(/^(["'])(.*)\1$/, "$2");
    const why = exposeProblem(spec);
    if (why)
      out.push({
        message: `Invalid EXPOSE port "${spec}": ${why}; the builder rejects the file.`,
        range: a.range
      });
  }
}
function checkHealthcheck(inst, out) {
  for (const f of inst.flags) {
    if (f.value === null || f.value === "" || f.value.includes("$")) continue;
    if (f.name === "retries") {
      if (!/^[+-]?\d+$/.test(f.value)) {
        out.push({
          message: `--retries takes a whole number (got "${f.value}").`,
          range: f.valueRange ?? f.range
        });
      } else if (Number(f.value) < 0) {
        out.push({ message: "--retries cannot be negative.", range: f.valueRange ?? f.range });
      }
      continue;
    }
    if (!["interval", "timeout", "start-period", "start-interval"].includes(f.name)) continue;
    const ms = parseGoDuration(f.value);
    if (ms === void 0) {
      out.push({
        message: `--${f.name}=${f.value} is not a duration: write a number with a unit, such as 30s, 1m30s or 500ms.`,
        range: f.valueRange ?? f.range
      });
    } else if (ms < 0) {
      out.push({ message: `--${f.name} cannot be negative.`, range: f.valueRange ?? f.range });
    } else if (ms > 0 && ms < 1) {
      out.push({
        message: `--${f.name}=${f.value} cannot be less than 1ms.`,
        range: f.valueRange ?? f.range
      });
    }
  }
  const type = inst.args[0];
  if (!type) return;
  const t = type.value.toUpperCase();
  if (t === "NONE") {
    if (inst.args.length > 1) {
      out.push({
        message: "HEALTHCHECK NONE takes no arguments; the builder rejects the file.",
        range: inst.argsRange ?? inst.range
      });
    }
    return;
  }
  if (t !== "CMD") {
    out.push({
      message: `Unknown type "${type.value}" in HEALTHCHECK: write HEALTHCHECK [options] CMD <command>, or HEALTHCHECK NONE.`,
      range: type.range
    });
    return;
  }
  if (inst.args.length === 1) {
    out.push({
      message: "Missing command after HEALTHCHECK CMD; the builder rejects the file.",
      range: type.range
    });
  }
}
function checkProperties(inst, out) {
  for (const p of inst.properties) {
    if (p.valueRange !== null || p.value !== void 0) continue;
    out.push({
      message: `${inst.keyword} ${p.name} has no value: write ${inst.keyword} ${p.name}=<value>; the builder rejects "${inst.keyword} must have two arguments".`,
      range: p.range
    });
  }
}
function checkHeredocs(inst, model, out) {
  for (const h of inst.heredocs) {
    if (!h.bodyRange) continue;
    const next = model.lines[h.bodyRange.endLine];
    if (next !== void 0 && next.replace(/^\t+/, "") === h.name) continue;
    out.push({
      message: `Unterminated heredoc <<${h.name}: no line "${h.name}" ends it, so the rest of the file became its body; add a line ${h.name} after the content.`,
      range: h.range
    });
  }
}
function instructionSyntaxProblems(inst, model) {
  const out = [];
  checkFlags(inst, out);
  switch (inst.keyword) {
    case "FROM":
      checkFrom(inst, out);
      break;
    case "EXPOSE":
      checkExpose(inst, out);
      break;
    case "HEALTHCHECK":
      checkHealthcheck(inst, out);
      break;
    case "ENV":
    case "LABEL":
      checkProperties(inst, out);
      break;
    case "SHELL":
      if (inst.form !== "exec" && !inst.args[0]?.value.startsWith("--")) {
        out.push({
          message: 'SHELL requires the arguments to be in JSON form, e.g. SHELL ["/bin/bash", "-o", "pipefail", "-c"]; the builder rejects the file.',
          range: inst.argsRange ?? inst.range
        });
      } else if (inst.form === "exec" && inst.exec && inst.exec.length === 0) {
        out.push({
          message: 'SHELL needs at least the shell program, e.g. SHELL ["/bin/sh", "-c"].',
          range: inst.argsRange ?? inst.range
        });
      }
      break;
    case "COPY":
    case "ADD":
      if (inst.heredocs.length === 0 && inst.args.length === 1 && !inst.argsText.trim().startsWith("[")) {
        out.push({
          message: `${inst.keyword} requires at least two arguments (sources and a destination), but only one was provided; the builder rejects the file.`,
          range: inst.argsRange ?? inst.range
        });
      }
      break;
    case "STOPSIGNAL": {
      const v = inst.argsText.trim().replace(/^(["'])(.*)\1$/, "$2");
      if (v.includes("$") || v === "") break;
      const name = v.toUpperCase().replace(/^SIG/, "");
      const num = /^\d+$/.test(v) ? Number(v) : void 0;
      const rt = /^RTM(?:IN|AX)[+-]\d+$/.test(name);
      if (num !== void 0 && (num < 1 || num > 64) || num === void 0 && !SIGNALS.has(name) && !rt) {
        out.push({
          message: `Invalid signal "${v}" for STOPSIGNAL: write a name such as SIGTERM or SIGQUIT, or a number.`,
          range: inst.argsRange ?? inst.range
        });
      }
      break;
    }
  }
  if (inst.heredocs.length > 0) checkHeredocs(inst, model, out);
  return out;
}

// src/targets/dockerfile/parse.ts
var RAW_ARGS = /* @__PURE__ */ Symbol("layerguard.rawArguments");
var astProto = import_dockerfile_ast.Instruction.prototype;
var splitArguments = astProto.getRawArguments;
astProto.getRawArguments = function memoisedRawArguments() {
  const cached = this[RAW_ARGS] ??= splitArguments.call(this);
  return cached.slice();
};
var FLAG_INSTRUCTIONS = /* @__PURE__ */ new Set(["FROM", "RUN", "COPY", "ADD", "HEALTHCHECK"]);
var EXEC_FORM_INSTRUCTIONS = /* @__PURE__ */ new Set(["RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME"]);
function unquote(value) {
  if (value && value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) {
    return value.slice(1, -1);
  }
  return value;
}
var POSIX_SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox"]);
var DEFAULT_SHELL = ["/bin/sh", "-c"];
function isPosixShell(shell) {
  const exe = basename(shell[0] ?? "");
  return POSIX_SHELLS.has(exe.replace(/\.exe$/i, ""));
}
function basename(p) {
  const i = Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\"));
  return p.slice(i + 1);
}
function parseDockerfile(text3, path5, options = {}) {
  if (text3.includes("\r")) text3 = text3.replace(/\r\n?/g, "\n");
  if (text3.charCodeAt(0) === 65279) text3 = text3.slice(1);
  const lines = text3.split("\n");
  const lineStarts = new Array(lines.length);
  for (let i = 0, off = 0; i < lines.length; i++) {
    lineStarts[i] = off;
    off += lines[i].length + 1;
  }
  const offsetOf = (p) => (lineStarts[p.line] ?? text3.length) + p.character;
  const toRange = (r) => ({
    line: r.start.line + 1,
    column: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1
  });
  const rangeOf = (start, end) => {
    const a = posAt(lineStarts, Math.max(0, Math.min(start, text3.length)));
    const b = posAt(lineStarts, Math.max(0, Math.min(Math.max(end, start), text3.length)));
    return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
  };
  const ast = import_dockerfile_ast.DockerfileParser.parse(text3);
  const escapeChar = ast.getEscapeCharacter() === "`" ? "`" : "\\";
  const directives = ast.getDirectives().map((d) => ({
    name: d.getName().toLowerCase(),
    value: d.getValue(),
    range: toRange(d.getRange())
  }));
  const comments = ast.getComments().map((c) => ({ text: c.getContent().trim(), range: toRange(c.getRange()) }));
  const model = {
    path: path5,
    text: text3,
    lines,
    escapeChar,
    directives,
    comments,
    instructions: [],
    globalArgs: [],
    stages: [],
    dockerignore: options.dockerignore ?? null,
    errors: [],
    rangeOf
  };
  const globalLog = new ScopeLog();
  for (const name of PREDEFINED_ARGS) globalLog.add({ name, value: void 0, kind: "arg", declaredAt: -1 });
  let globalScope = globalLog.view();
  let log = globalLog;
  let scope = globalScope;
  const stageEnv = [];
  const stageShell = [];
  let shell = DEFAULT_SHELL;
  let windowsStage = escapeChar === "`";
  let stage;
  const lastStageNamed = /* @__PURE__ */ new Map();
  const build = (inst, index, stageIndex) => {
    const keyword = inst.getKeyword().toUpperCase();
    const range = inst.getRange();
    const rawArgs = import_dockerfile_ast.Instruction.prototype.getArguments.call(inst);
    const flags = [];
    let firstArg = 0;
    if (FLAG_INSTRUCTIONS.has(keyword)) {
      for (; firstArg < rawArgs.length; firstArg++) {
        const a = rawArgs[firstArg];
        const value = a.getValue();
        if (!value.startsWith("--")) break;
        const r = a.getRange();
        const start = offsetOf(r.start);
        const end = offsetOf(r.end);
        const eq = value.indexOf("=");
        const rawEq = text3.indexOf("=", start);
        const hasValue = eq >= 0 && rawEq >= 0 && rawEq < end;
        flags.push({
          name: value.slice(2, eq >= 0 ? eq : void 0),
          value: eq >= 0 ? unquote(value.slice(eq + 1)) : null,
          range: toRange(r),
          nameRange: rangeOf(start + 2, hasValue ? rawEq : end),
          valueRange: hasValue ? rangeOf(rawEq + 1, end) : null
        });
      }
    }
    const astArgs = firstArg > 0 ? rawArgs.slice(firstArg) : rawArgs;
    const endOffset = offsetOf(range.end);
    const argsOffset = astArgs.length > 0 ? offsetOf(astArgs[0].getRange().start) : endOffset;
    const argsText = text3.slice(argsOffset, Math.max(argsOffset, endOffset));
    const args = astArgs.map((a) => ({
      value: a.getValue(),
      range: toRange(a.getRange())
    }));
    const argsRange = astArgs.length ? toRange({
      start: astArgs[0].getRange().start,
      end: astArgs[astArgs.length - 1].getRange().end
    }) : null;
    const out = {
      index,
      keyword,
      keywordRaw: inst.getInstruction(),
      range: toRange(range),
      keywordRange: toRange(inst.getInstructionRange()),
      argsRange,
      argsText,
      argsOffset,
      args,
      flags,
      form: "shell",
      heredocs: [],
      properties: [],
      stage: stageIndex,
      scope,
      shell,
      posixShell: !windowsStage && isPosixShell(shell)
    };
    if ((keyword === "RUN" || keyword === "COPY" || keyword === "ADD") && argsText.includes("<<")) {
      const hds = typeof inst.getHeredocs === "function" ? inst.getHeredocs() : [];
      for (const h of hds) {
        const content = h.getContentRange();
        const name = h.getName();
        const bodyOffset = content ? offsetOf(content.start) : offsetOf(h.getStartRange().end);
        let bodyEnd = content ? offsetOf(content.end) : bodyOffset;
        const delimiterAt = content ? delimiterLineIn(text3, bodyOffset, bodyEnd, name) : -1;
        if (delimiterAt >= 0) bodyEnd = Math.max(bodyOffset, delimiterAt - 1);
        const body = text3.slice(bodyOffset, bodyEnd);
        out.heredocs.push({
          name,
          body,
          range: toRange(h.getStartRange()),
          bodyRange: !content || delimiterAt >= 0 && bodyEnd <= bodyOffset ? null : rangeOf(bodyOffset, bodyEnd),
          bodyOffset,
          isScript: false
        });
      }
    }
    if (keyword === "ARG" || keyword === "ENV" || keyword === "LABEL") {
      const props = keyword === "ARG" ? [inst.getProperty()] : inst.getProperties();
      if (keyword === "ARG" && !props[0] && args.length > 1) out.properties.push(...argNameProperties(args));
      for (const p of props) {
        if (!p) continue;
        const v = p.getValue();
        out.properties.push({
          name: p.getName(),
          value: v === null ? void 0 : v,
          range: toRange(p.getRange()),
          nameRange: toRange(p.getNameRange()),
          valueRange: p.getValueRange() ? toRange(p.getValueRange()) : null,
          legacyForm: keyword !== "ARG" && p.getAssignmentOperator() === null && v !== null
        });
      }
    }
    if (out.heredocs.length > 0) {
      const firstBodyLine = out.heredocs[0].bodyRange?.line ?? out.heredocs[0].range.line + 1;
      out.args = out.args.filter((a) => a.range.line < firstBodyLine);
    }
    if (EXEC_FORM_INSTRUCTIONS.has(keyword)) {
      const exec = parseExecForm(argsText, escapeChar);
      if (exec) {
        out.form = "exec";
        out.exec = exec;
      }
    }
    return out;
  };
  const astInstructions = ast.getInstructions();
  for (let i = 0; i < astInstructions.length; i++) {
    const inst = astInstructions[i];
    const index = model.instructions.length;
    const keyword = inst.getKeyword().toUpperCase();
    if (keyword === "FROM") {
      const from = build(inst, index, model.stages.length);
      from.scope = globalScope;
      const stageIndex2 = model.stages.length;
      stage = makeStage(from, stageIndex2, lastStageNamed, globalScope, escapeChar, rangeOf);
      model.stages.push(stage);
      if (stage.name !== void 0) lastStageNamed.set(stage.name, stageIndex2);
      const parentScope = stage.parent !== void 0 ? stageEnv[stage.parent] : void 0;
      log = new ScopeLog();
      for (const [, b] of parentScope ?? []) if (b.kind === "env") log.add(b);
      scope = log.view();
      stageEnv.push(scope);
      shell = stage.parent !== void 0 ? stageShell[stage.parent] : DEFAULT_SHELL;
      stageShell.push(shell);
      windowsStage = stage.parent !== void 0 ? !model.stages[stage.parent].from.posixShell : isWindowsBase(stage.base, escapeChar);
      from.shell = shell;
      from.posixShell = !windowsStage && isPosixShell(shell);
      model.instructions.push(from);
      checkSyntax(from, model);
      continue;
    }
    if (!stage && keyword !== "ARG") {
      stage = implicitStage(inst, index, scope, shell, !windowsStage && isPosixShell(shell), toRange);
      model.stages.push(stage);
      stageEnv.push(scope);
      stageShell.push(shell);
    }
    const stageIndex = stage ? stage.index : -1;
    const out = build(inst, index, stageIndex);
    model.instructions.push(out);
    if (stage) stage.instructions.push(out);
    else if (keyword === "ARG") model.globalArgs.push(out);
    checkSyntax(out, model);
    if (keyword === "ONBUILD") {
      const trig = inst.getTriggerInstruction?.();
      if (trig) {
        const t = build(trig, index, stageIndex);
        t.onbuild = out;
        out.trigger = t;
        checkSyntax(t, model);
        attachScript(t, model, escapeChar);
      }
    }
    if (keyword === "ARG" || keyword === "ENV") {
      for (const p of out.properties) {
        let value;
        if (keyword === "ARG" && scope.get(p.name)?.kind === "env") continue;
        if (p.value !== void 0) value = expandVars(p.value, scope, escapeChar).value;
        else if (keyword === "ARG") value = stage ? globalScope.get(p.name)?.value : void 0;
        log.add({ name: p.name, value, kind: keyword === "ARG" ? "arg" : "env", declaredAt: index });
      }
      scope = log.view();
      if (!stage) globalScope = scope;
      else stageEnv[stage.index] = scope;
    } else if (keyword === "SHELL" && out.exec && out.exec.length > 0) {
      shell = out.exec;
      if (stage) stageShell[stage.index] = shell;
      windowsStage = windowsStage && !isPosixShell(shell);
    }
    attachScript(out, model, escapeChar);
  }
  return model;
}
function isWindowsBase(base, escapeChar) {
  if (/windows|nanoserver|servercore/i.test(base.text)) return true;
  return escapeChar === "`" && (base.unresolved.length > 0 || base.text.trim() === "");
}
function delimiterLineIn(text3, start, end, name) {
  for (let lineStart = start; lineStart <= end; ) {
    let lineEnd = text3.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text3.length;
    let i = lineStart;
    while (text3.charCodeAt(i) === 9) i++;
    if (lineEnd - i === name.length && text3.startsWith(name, i)) return lineStart;
    lineStart = lineEnd + 1;
  }
  return -1;
}
function posAt(lineStarts, offset) {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}
function parseExecForm(argsText, escapeChar) {
  const joined = joinContinuations(argsText, escapeChar).trim();
  if (!joined.startsWith("[") || !joined.endsWith("]")) return void 0;
  try {
    const value = JSON.parse(joined);
    if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
  } catch {
  }
  return void 0;
}
function joinContinuations(argsText, escapeChar) {
  if (!argsText.includes("\n")) return argsText;
  const lines = argsText.split("\n");
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (i > 0 && /^\s*#/.test(line)) continue;
    const trimmed = line.replace(/\s+$/, "");
    if (trimmed.endsWith(escapeChar)) line = trimmed.slice(0, -1);
    out += line;
  }
  return out;
}
function makeStage(from, index, lastStageNamed, globalScope, escapeChar, rangeOf) {
  const args = from.args;
  const imageArg = args[0];
  let name;
  let nameRaw;
  let nameRange;
  if (args.length >= 3 && args[1].value.toLowerCase() === "as") {
    nameRaw = args[2].value;
    name = nameRaw.toLowerCase();
    nameRange = args[2].range;
  }
  const tpl = templateWord(from.argsText);
  if (tpl && tpl.placeholders.length > 0) {
    const rest = from.argsText.slice(tpl.start + tpl.word.length);
    const as2 = /^\s+as\s+(\S+)/i.exec(rest);
    if (as2) {
      nameRaw = as2[1];
      name = nameRaw.toLowerCase();
      const at2 = from.argsOffset + tpl.start + tpl.word.length + as2[0].length - as2[1].length;
      nameRange = rangeOf(at2, at2 + as2[1].length);
    }
  }
  const raw = tpl && tpl.placeholders.length > 0 ? tpl.word : imageArg?.value ?? "";
  const expanded = expandVars(raw, globalScope, escapeChar);
  const parsed = parseImageRef(expanded.value, raw);
  const literal = parseImageRef(raw.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, "X"));
  const base = {
    ...parsed,
    unresolved: tpl && tpl.placeholders.length > 0 ? tpl.placeholders : expanded.unresolved,
    tagFromVariable: expanded.substituted && !literal.tag && !literal.digest && !!(parsed.tag || parsed.digest),
    ...tpl && tpl.placeholders.length > 0 ? { templatePlaceholders: tpl.placeholders } : {}
  };
  const parent = lastStageNamed.get(expanded.value.toLowerCase());
  const platformFlag = from.flags.find((f) => f.name.toLowerCase() === "platform");
  return {
    index,
    name,
    nameRaw,
    nameRange,
    from,
    base,
    parent,
    platform: platformFlag?.value ?? void 0,
    instructions: []
  };
}
function implicitStage(first, index, scope, shell, posixShell, toRange) {
  const start = first.getRange().start;
  const at2 = toRange({ start, end: start });
  const from = {
    index,
    keyword: "FROM",
    keywordRaw: "",
    range: at2,
    keywordRange: at2,
    argsRange: null,
    argsText: "",
    argsOffset: 0,
    args: [],
    flags: [],
    form: "shell",
    heredocs: [],
    properties: [],
    stage: 0,
    scope,
    shell,
    posixShell
  };
  return {
    index: 0,
    from,
    base: { ...parseImageRef(""), unresolved: [], tagFromVariable: false },
    implicit: true,
    instructions: []
  };
}
function attachScript(inst, model, escapeChar) {
  if (!inst.posixShell) return;
  const k = inst.keyword;
  if (k !== "RUN" && k !== "CMD" && k !== "ENTRYPOINT" && k !== "HEALTHCHECK") return;
  if (inst.form === "exec") {
    if (k !== "RUN" || !inst.exec || inst.exec.length === 0) return;
    inst.script = execScript(inst, escapeChar);
    return;
  }
  let text3 = inst.argsText;
  let offset = inst.argsOffset;
  if (k === "HEALTHCHECK") {
    const m = /^\s*CMD\s+/i.exec(text3);
    if (!m) return;
    offset += m[0].length;
    text3 = text3.slice(m[0].length);
    if (text3.trim().startsWith("[")) return;
  }
  if (inst.heredocs.length > 0) {
    const firstBody = inst.heredocs[0].bodyOffset;
    const lineEnd = model.text.lastIndexOf("\n", firstBody - 1);
    const cmdText = model.text.slice(offset, Math.max(offset, lineEnd));
    const head = parseShell(cmdText, { baseOffset: offset, escapeChar, dockerfileContinuations: true });
    const realCommands = head.commands.filter((c) => c.words.length > 0 || c.assignments.length > 0);
    const runsBody = realCommands.length === 0 || realCommands.length === 1 && POSIX_SHELLS.has(basename(realCommands[0].name)) && !realCommands[0].args.includes("-c");
    const commands = runsBody ? [] : [...head.commands];
    const errors = [...head.errors];
    for (const h of inst.heredocs) {
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(h.body);
      const interp = shebang ? basename(shebang[1] === "/usr/bin/env" ? shebang[2] ?? "" : shebang[1]) : "sh";
      h.isScript = k === "RUN" && runsBody && POSIX_SHELLS.has(interp);
      if (!h.isScript) continue;
      const body = parseShell(h.body, {
        baseOffset: h.bodyOffset,
        escapeChar,
        dockerfileContinuations: false
      });
      commands.push(...body.commands);
      errors.push(...body.errors);
    }
    inst.script = { commands, errors };
    return;
  }
  inst.script = parseShell(text3, { baseOffset: offset, escapeChar, dockerfileContinuations: true });
}
function execScript(inst, escapeChar) {
  const exec = inst.exec;
  const start = inst.argsOffset;
  const end = inst.argsOffset + inst.argsText.length;
  const clamp = (s) => {
    for (const c of s.commands) {
      c.start = start;
      c.end = end;
      for (const w of [...c.words, ...c.assignments]) {
        w.start = start;
        w.end = end;
      }
      for (const r of c.redirects) {
        r.start = start;
        r.end = end;
      }
    }
    s.errors = s.errors.map((e) => ({ ...e, start, end }));
    return s;
  };
  if (POSIX_SHELLS.has(basename(exec[0])) && exec[1] === "-c" && exec.length >= 3) {
    return clamp(parseShell(exec[2], { escapeChar, dockerfileContinuations: false }));
  }
  const words = exec.map((value) => ({
    value,
    raw: JSON.stringify(value),
    start,
    end,
    quoted: true,
    hasExpansion: false
  }));
  return {
    commands: [
      {
        assignments: [],
        words,
        redirects: [],
        name: exec[0] ?? "",
        args: exec.slice(1),
        next: null,
        prev: null,
        pipeline: 0,
        depth: 0,
        negated: false,
        inSubstitution: false,
        subshell: false,
        start,
        end
      }
    ],
    errors: []
  };
}
function checkSyntax(inst, model) {
  if (!KNOWN_INSTRUCTIONS.has(inst.keyword)) {
    model.errors.push({
      message: `Unknown instruction "${inst.keywordRaw}"; the builder rejects the file. Known instructions are ${[...KNOWN_INSTRUCTIONS].join(", ")}.`,
      range: inst.keywordRange
    });
    return;
  }
  if (inst.args.length === 0 && inst.heredocs.length === 0) {
    model.errors.push({ message: `${inst.keyword} needs at least one argument.`, range: inst.range });
    return;
  }
  model.errors.push(...instructionSyntaxProblems(inst, model));
}

// src/targets/dockerfile/shellcheck-runner.ts
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
var MAX_CACHED_SCRIPTS = 1e4;
var ShellcheckRunner = class {
  stats = { processes: 0, scripts: 0, cacheHits: 0 };
  binary;
  timeoutMs;
  batchSize;
  parallel;
  cache = /* @__PURE__ */ new Map();
  maxCached;
  /** Queued scripts, by command-line settings. */
  queues = /* @__PURE__ */ new Map();
  running = 0;
  scheduled = false;
  dir;
  fileSeq = 0;
  constructor(options = {}) {
    this.binary = options.binary ?? "shellcheck";
    this.timeoutMs = options.timeoutMs ?? 2e4;
    this.batchSize = Math.max(1, options.batchSize ?? 64);
    this.parallel = Math.max(1, options.parallel ?? Math.min(4, os.availableParallelism?.() ?? 2));
    this.maxCached = Math.max(1, options.maxCached ?? MAX_CACHED_SCRIPTS);
  }
  /** ShellCheck's comments on one script; rejects with a readable reason (or ENOENT) when it cannot run. */
  check(job) {
    const flags = `${job.dialect}\0${job.excludes.join(",")}`;
    const key = createHash("sha256").update(flags).update("\0").update(job.script).digest("base64");
    const known = this.cache.get(key);
    if (known) {
      this.stats.cacheHits++;
      this.cache.delete(key);
      this.cache.set(key, known);
      return known;
    }
    const result = new Promise((resolve, reject) => {
      let queue = this.queues.get(flags);
      if (!queue) this.queues.set(flags, queue = []);
      queue.push({ key, job, resolve, reject });
    });
    this.cache.set(key, result);
    if (this.cache.size > this.maxCached) this.cache.delete(this.cache.keys().next().value);
    this.stats.scripts++;
    this.schedule();
    return result;
  }
  /** Removes the temporary folder; the runner may still be used after (it makes a new one). */
  async close() {
    const dir = this.dir;
    this.dir = void 0;
    if (dir) await fs.rm(await dir, { recursive: true, force: true }).catch(() => void 0);
  }
  /**
   * Starts batches while process slots are free. Deferred by one turn of the event loop so that the
   * scripts queued by loads running side by side go into one batch.
   */
  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }
  pump() {
    while (this.running < this.parallel) {
      const next = this.takeBatch();
      if (!next) return;
      this.running++;
      void this.runBatch(next).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }
  /** The fullest queue's first `batchSize` scripts. */
  takeBatch() {
    let best;
    for (const q of this.queues.values()) if (q.length > 0 && (!best || q.length > best.length)) best = q;
    if (!best) return void 0;
    return best.splice(0, this.batchSize);
  }
  async runBatch(batch) {
    let files = [];
    try {
      files = await this.writeScripts(batch);
      const byFile = await this.runProcess(batch[0].job, files);
      batch.forEach((p, i) => p.resolve(byFile.get(files[i]) ?? []));
    } catch (e) {
      if (batch.length === 1 || e.code === "ENOENT") {
        for (const p of batch) p.reject(e);
      } else {
        for (let i = 0; i < batch.length; i++) {
          const p = batch[i];
          try {
            const byFile = await this.runProcess(p.job, [files[i]]);
            p.resolve(byFile.get(files[i]) ?? []);
          } catch (err) {
            p.reject(err);
          }
        }
      }
    } finally {
      await Promise.all(files.map((f) => fs.rm(f, { force: true }).catch(() => void 0)));
    }
  }
  async writeScripts(batch) {
    this.dir ??= fs.mkdtemp(path.join(os.tmpdir(), "layerguard-shellcheck-"));
    const dir = await this.dir;
    return Promise.all(
      batch.map(async (p) => {
        const file = path.join(dir, `s${++this.fileSeq}.sh`);
        await fs.writeFile(file, p.job.script, { mode: 384 });
        return file;
      })
    );
  }
  /** One `shellcheck` process over `files`; resolves with each file's comments. */
  runProcess(job, files) {
    this.stats.processes++;
    const args = [
      "--norc",
      "--format=json1",
      `--shell=${job.dialect}`,
      `--exclude=${job.excludes.join(",")}`,
      "--",
      ...files
    ];
    return new Promise((resolve, reject) => {
      const child = spawn(this.binary, args, {
        stdio: ["ignore", "pipe", "pipe"],
        shell: false,
        windowsHide: true,
        env: process.env
      });
      const out = [];
      const err = [];
      let settled = false;
      const timer = setTimeout(() => {
        if (settled) return;
        settled = true;
        child.kill("SIGKILL");
        const ms = this.timeoutMs;
        const limit = ms < 1e3 ? `${ms} ms` : `${Math.round(ms / 1e3)} s`;
        reject(new Error(`shellcheck did not finish within ${limit}`));
      }, this.timeoutMs);
      child.stdout.on("data", (d) => out.push(d));
      child.stderr.on("data", (d) => err.push(d));
      child.on("error", (e) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(e);
      });
      child.on("close", (code) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (code !== 0 && code !== 1) {
          const detail = Buffer.concat(err).toString("utf8").trim().slice(0, 300);
          reject(new Error(`shellcheck exited with status ${code}: ${detail}`));
          return;
        }
        try {
          const parsed = JSON.parse(Buffer.concat(out).toString("utf8"));
          const byFile = /* @__PURE__ */ new Map();
          for (const { file = "", ...c } of parsed.comments ?? []) {
            const list = byFile.get(file);
            if (list) list.push(c);
            else byFile.set(file, [c]);
          }
          resolve(byFile);
        } catch (e) {
          reject(new Error(`shellcheck printed output that is not JSON (${e.message})`));
        }
      });
    });
  }
};

// src/targets/dockerfile/shellcheck.ts
var ALWAYS_EXCLUDED = ["SC1090", "SC1091", "SC2187"];
var DIALECTS = {
  sh: "sh",
  dash: "dash",
  ash: "dash",
  busybox: "dash",
  bash: "bash",
  ksh: "ksh",
  mksh: "ksh",
  ksh93: "ksh"
};
var POSIX_DIALECTS = /* @__PURE__ */ new Set(["sh", "dash"]);
var programOf = (p) => basename(p).replace(/\.exe$/i, "");
var ABOVE = /^\s*#\s*(?:hadolint\s+ignore|shellcheck\s+disable)\s*=\s*([A-Za-z0-9,\s-]+)/i;
var GLOBAL = /^\s*#\s*hadolint\s+global\s+ignore\s*=\s*([A-Za-z0-9,\s-]+)/i;
function scCodes(list) {
  return list.split(/[,\s]+/).filter((c) => /^SC\d{4}$/i.test(c)).map((c) => c.toUpperCase());
}
function disabledAbove(model, inst) {
  const codes = [];
  for (let i = inst.range.line - 2; i >= 0 && /^\s*#/.test(model.lines[i]); i--) {
    const m = ABOVE.exec(model.lines[i]);
    if (m) codes.push(...scCodes(m[1]));
  }
  return codes;
}
function globallyIgnored(model) {
  const codes = [];
  for (const line of model.lines) {
    const m = GLOBAL.exec(line);
    if (m) codes.push(...scCodes(m[1]));
  }
  return codes;
}
function runLines(model, inst, endOffset) {
  const out = [];
  const start = model.rangeOf(inst.argsOffset, inst.argsOffset);
  const text3 = model.text.slice(inst.argsOffset, endOffset);
  const raw = text3.split("\n");
  let current;
  let continued = true;
  for (let i = 0; i < raw.length && continued; i++) {
    let line = raw[i];
    const dfLine = start.line + i;
    const columnOffset = i === 0 ? start.column - 1 : 0;
    if (i > 0 && /^[ \t]*#/.test(line)) continue;
    if (i > 0 && line.trim() === "") continue;
    const trimmed = line.replace(/[ \t]+$/, "");
    continued = trimmed.endsWith("\\");
    if (continued) line = trimmed.slice(0, -1);
    if (!current) {
      current = { text: line, origin: { line: dfLine, columnOffset, length: line.length } };
      out.push(current);
      continue;
    }
    const o = current.origin;
    o.pieces ??= [{ at: 1, line: o.line, columnOffset: o.columnOffset, length: current.text.length }];
    o.pieces.push({ at: current.text.length + 1, line: dfLine, columnOffset, length: line.length });
    current.text += line;
    o.length = current.text.length;
  }
  return out;
}
function bodyLines(model, fromLine, toLine) {
  const out = [];
  for (let l = fromLine; l <= toLine; l++) {
    const text3 = model.lines[l - 1] ?? "";
    out.push({ text: text3, origin: { line: l, columnOffset: 0, length: text3.length } });
  }
  return out;
}
function unitsOf(model, inst) {
  if (inst.keyword !== "RUN" || inst.form !== "shell" || !inst.posixShell || !inst.argsRange) return [];
  const shellDialect = DIALECTS[programOf(inst.shell[0] ?? "sh")];
  if (inst.heredocs.length === 0) {
    if (!shellDialect) return [];
    const lines2 = runLines(model, inst, inst.argsOffset + inst.argsText.length);
    return lines2.length > 0 ? [{ inst, dialect: shellDialect, lines: lines2 }] : [];
  }
  const scripts = inst.heredocs.filter((h) => h.isScript);
  if (scripts.length > 0) {
    const lineEnd2 = model.text.lastIndexOf("\n", inst.heredocs[0].bodyOffset - 1);
    const command = /^\s*([^\s<]\S*)/.exec(
      model.text.slice(inst.argsOffset, Math.max(inst.argsOffset, lineEnd2))
    )?.[1];
    const out = [];
    for (const h of scripts) {
      if (!h.bodyRange) continue;
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(h.body);
      const interp = shebang ? programOf(programOf(shebang[1]) === "env" ? shebang[2] ?? "" : shebang[1]) : programOf(command ?? inst.shell[0] ?? "sh");
      const dialect = DIALECTS[interp] ?? shellDialect;
      if (!dialect) continue;
      const lines2 = bodyLines(model, h.bodyRange.line, h.bodyRange.endLine);
      if (h.bodyRange.endColumn === 1 && lines2.length > 1) lines2.pop();
      out.push({ inst, dialect, lines: lines2 });
    }
    return out;
  }
  if (!shellDialect) return [];
  const first = inst.heredocs[0];
  const lineEnd = model.text.lastIndexOf("\n", first.bodyOffset - 1);
  const lines = runLines(model, inst, Math.max(inst.argsOffset, lineEnd));
  const lastHd = inst.heredocs[inst.heredocs.length - 1];
  const lastHead = lines[lines.length - 1]?.origin;
  const headEnd = lastHead ? lastHead.pieces?.[lastHead.pieces.length - 1].line ?? lastHead.line : inst.range.line;
  const bodyEnd = lastHd.bodyRange ? lastHd.bodyRange.endLine + 1 : headEnd + 1;
  lines.push(...bodyLines(model, headEnd + 1, Math.min(bodyEnd, model.lines.length)));
  return [{ inst, dialect: shellDialect, lines }];
}
var IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
function buildShellcheckInput(model, select) {
  if (model.escapeChar !== "\\") return null;
  const all = [];
  for (const top of model.instructions) {
    for (const inst of top.trigger ? [top, top.trigger] : [top]) all.push(...unitsOf(model, inst));
  }
  if (all.length === 0) return null;
  const counts = /* @__PURE__ */ new Map();
  for (const u of all) counts.set(u.dialect, (counts.get(u.dialect) ?? 0) + 1);
  const dialect = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const units = select ? all.slice(select.from, select.to) : all;
  const lines = [];
  const origins = [];
  const wrapper = (text3, inst) => {
    lines.push(text3);
    origins.push({ wrapper: inst });
  };
  units.forEach((u, n) => {
    const disable = [...new Set(disabledAbove(model, u.inst.onbuild ?? u.inst))];
    if (POSIX_DIALECTS.has(dialect) && !POSIX_DIALECTS.has(u.dialect)) disable.push("SC3000-SC3999");
    if (disable.length > 0) wrapper(`# shellcheck disable=${disable.join(",")}`, u.inst);
    wrapper(`__lg_${n + 1}() {`, u.inst);
    const names = [...u.inst.scope.keys()].filter((k) => IDENT.test(k));
    if (names.length > 0) wrapper(`export ${names.join(" ")}`, u.inst);
    for (const l of u.lines) {
      lines.push(l.text);
      origins.push(l.origin);
    }
    wrapper("}", u.inst);
  });
  const excludes = [.../* @__PURE__ */ new Set([...ALWAYS_EXCLUDED, ...globallyIgnored(model)])];
  return { script: lines.join("\n") + "\n", dialect, excludes, origins, units: units.length };
}
function mapPosition(input, line, column, isEnd = false) {
  const o = input.origins[line - 1];
  if (!o || "wrapper" in o) return void 0;
  if (!o.pieces) return { line: o.line, column: Math.min(column, o.length + 1) + o.columnOffset };
  let k = 0;
  for (let i = 1; i < o.pieces.length; i++)
    if (o.pieces[i].at < column || !isEnd && o.pieces[i].at === column) k = i;
  const p = o.pieces[k];
  return { line: p.line, column: Math.min(column - p.at + 1, p.length + 1) + p.columnOffset };
}
var LEVELS = /* @__PURE__ */ new Set(["error", "warning", "info", "style"]);
function mapShellcheckComments(input, comments) {
  const out = [];
  for (const c of comments) {
    const origin = input.origins[c.line - 1];
    if (!origin) continue;
    let range;
    const start = mapPosition(input, c.line, c.column);
    if (!start) {
      range = origin.wrapper.keywordRange;
    } else {
      let end = mapPosition(input, c.endLine, c.endColumn, true);
      if (!end || end.line < start.line || end.line === start.line && end.column <= start.column) {
        end = { line: start.line, column: start.column + 1 };
      }
      range = { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }
    let fix;
    if (c.fix && c.fix.replacements.length > 0 && start) {
      const edits = [];
      for (const r of c.fix.replacements) {
        const a = mapPosition(input, r.line, r.column);
        const insertion = r.line === r.endLine && r.column === r.endColumn;
        const b = insertion ? a : mapPosition(input, r.endLine, r.endColumn, true);
        if (!a || !b) {
          edits.length = 0;
          break;
        }
        edits.push({
          range: { line: a.line, column: a.column, endLine: b.line, endColumn: b.column },
          text: r.replacement
        });
      }
      if (edits.length === c.fix.replacements.length) fix = edits;
    }
    out.push({
      code: c.code,
      level: LEVELS.has(c.level) ? c.level : "warning",
      message: c.message,
      range,
      ...fix ? { fix } : {}
    });
  }
  return out;
}
function scriptsSpilled(comments) {
  return comments.some((c) => c.code === 1072 || c.code === 1073 || c.code === 1078);
}
async function checkIsolatingParseErrors(model, input, range, runner) {
  const comments = mapShellcheckComments(input, await runner.check(input));
  if (range.to - range.from <= 1 || !scriptsSpilled(comments)) return comments;
  const mid = range.from + Math.ceil((range.to - range.from) / 2);
  const out = [];
  for (const half of [
    { from: range.from, to: mid },
    { from: mid, to: range.to }
  ]) {
    const sub2 = buildShellcheckInput(model, half);
    if (sub2) out.push(...await checkIsolatingParseErrors(model, sub2, half, runner));
  }
  return out;
}
async function shellcheckDockerfile(model, settings) {
  if (settings.mode === "off") return;
  if (settings.enabledFor && !settings.enabledFor(model.path)) return;
  const input = buildShellcheckInput(model);
  if (!input) {
    model.shellcheck = { status: "skipped", mode: settings.mode, comments: [] };
    return;
  }
  let result;
  try {
    const runner = settings.runner ?? new ShellcheckRunner({ binary: settings.binary, timeoutMs: settings.timeoutMs });
    try {
      const comments = await checkIsolatingParseErrors(model, input, { from: 0, to: input.units }, runner);
      result = { status: "ran", mode: settings.mode, comments };
    } finally {
      if (!settings.runner) await runner.close();
    }
  } catch (e) {
    const err = e;
    if (err.code === "ENOENT") {
      result = {
        status: "unavailable",
        mode: settings.mode,
        detail: `${settings.binary ?? "shellcheck"} is not on PATH`,
        comments: []
      };
    } else {
      result = { status: "failed", mode: settings.mode, detail: err.message, comments: [] };
    }
  }
  model.shellcheck = result;
}
function shellcheckProblems(model) {
  const r = model.shellcheck;
  if (!r || r.mode !== "on" || r.status !== "unavailable" && r.status !== "failed") return [];
  return [
    {
      message: `ShellCheck could not check the RUN scripts (${r.detail ?? r.status}), and --shellcheck on requires it. Install it (apt-get install shellcheck, brew install shellcheck), or run with --shellcheck auto.`,
      range: { line: 1, column: 1, endLine: 1, endColumn: 1 }
    }
  ];
}

// src/targets/dockerfile/index.ts
var DOCKERFILE_NAME = /^(?:dockerfile|containerfile)(?:\..+)?$|\.(?:dockerfile|containerfile)$/i;
function isDockerfileName(relPath) {
  const base = path2.posix.basename(relPath);
  if (/\.dockerignore$/i.test(base)) return false;
  return DOCKERFILE_NAME.test(base);
}
function parseIgnoreFile(text3) {
  return text3.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
}
var dockerfileTarget = {
  kind: "dockerfile",
  claims: (relPath) => isDockerfileName(relPath),
  // Any file named explicitly is read as a Dockerfile unless another kind claims it first.
  claimsExplicit: () => true,
  async load(relPath, text3, ctx) {
    const dir = path2.posix.dirname(relPath);
    const base = path2.posix.basename(relPath);
    let dockerignore = null;
    const problems = [];
    for (const name of [`${base}.dockerignore`, ".dockerignore"]) {
      const rel = dir === "." ? name : `${dir}/${name}`;
      let content;
      try {
        content = await ctx.readSibling(rel);
      } catch (e) {
        problems.push({
          message: `${rel} was not read (${e.message}); the rules that look at the build context ignore it.`,
          range: { line: 1, column: 1, endLine: 1, endColumn: 1 }
        });
        continue;
      }
      if (content !== null) {
        dockerignore = { path: rel, patterns: parseIgnoreFile(content) };
        break;
      }
    }
    const model = parseDockerfile(text3, relPath, { dockerignore });
    await shellcheckDockerfile(model, ctx.shellcheck ?? { mode: "auto" });
    return {
      kind: "dockerfile",
      file: relPath,
      text: model.text,
      units: [{ model }],
      problems: [...problems, ...shellcheckProblems(model)],
      comments: model.comments,
      stats: { stages: model.stages.length, instructions: model.instructions.length }
    };
  }
};

// src/targets/runtime/index.ts
import path4 from "node:path";

// src/targets/runtime/compose.ts
var import_yaml3 = __toESM(require_dist(), 1);
import path3 from "node:path";

// src/targets/runtime/env.ts
var import_yaml = __toESM(require_dist(), 1);

// src/targets/runtime/mapped.ts
var MappedText = class {
  parts = [];
  map = [];
  length = 0;
  /** Appends text that appears in the source at `sourceStart` character for character. */
  push(text3, sourceStart) {
    if (text3 === "") return;
    this.parts.push(text3);
    for (let i = 0; i < text3.length; i++) this.map.push(sourceStart + i);
    this.length += text3.length;
  }
  /** Appends text that stands for the source character at `sourceOffset` (a folded newline, an escape). */
  pushAt(text3, sourceOffset) {
    if (text3 === "") return;
    this.parts.push(text3);
    for (let i = 0; i < text3.length; i++) this.map.push(sourceOffset);
    this.length += text3.length;
  }
  get text() {
    if (this.parts.length > 1) this.parts = [this.parts.join("")];
    return this.parts[0] ?? "";
  }
  /** The source offset of an offset in the assembled text. */
  toSource(offset) {
    if (this.map.length === 0) return 0;
    if (offset < this.map.length) return this.map[Math.max(0, offset)];
    return this.map[this.map.length - 1] + 1;
  }
  /** The source range of [start, end) of the assembled text. */
  rangeOf(index, start, end) {
    const s = this.toSource(start);
    const e = end > start ? this.toSource(end - 1) + 1 : s;
    return index.range(s, Math.max(s, e));
  }
};
function splitLines(text3, base) {
  const out = [];
  let start = 0;
  for (; ; ) {
    const nl = text3.indexOf("\n", start);
    const end = nl < 0 ? text3.length : nl;
    let lineEnd = end;
    if (lineEnd > start && text3.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    out.push({ start: base + start, text: text3.slice(start, lineEnd) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}
function blockScalar(source, start, end, folded) {
  const out = new MappedText();
  const lines = splitLines(source.slice(start, end), start);
  const header = lines.shift();
  void header;
  const first = lines.find((l) => l.text.trim() !== "");
  const indent = first ? first.text.match(/^ */)[0].length : 0;
  const content = lines.map((l) => ({
    start: l.start + Math.min(indent, l.text.length),
    text: l.text.length > indent ? l.text.slice(indent) : ""
  }));
  while (content.length > 0 && content[content.length - 1].text === "") content.pop();
  const isText = (l) => l !== void 0 && l.text !== "" && !/^[ \t]/.test(l.text);
  for (let i = 0; i < content.length; i++) {
    const l = content[i];
    out.push(l.text, l.start);
    if (i < content.length - 1) {
      const nlOffset = l.start + l.text.length;
      out.pushAt(folded && isText(l) && isText(content[i + 1]) ? " " : "\n", nlOffset);
    }
  }
  return out;
}
function flowScalar(source, start, end, style) {
  const out = new MappedText();
  let from = start;
  let to = end;
  const quoted = style === "QUOTE_DOUBLE" || style === "QUOTE_SINGLE";
  if (quoted) {
    from++;
    if (to > from && (source[to - 1] === '"' || source[to - 1] === "'")) to--;
  }
  const lines = splitLines(source.slice(from, to), from);
  let pendingBreaks = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    let text3 = line.text;
    let s = line.start;
    if (li > 0) {
      const lead = text3.match(/^[ \t]*/)[0].length;
      text3 = text3.slice(lead);
      s += lead;
    }
    if (li < lines.length - 1) text3 = text3.replace(/[ \t]+$/, "");
    if (li > 0) {
      if (text3 === "") {
        pendingBreaks++;
        continue;
      }
      out.pushAt(pendingBreaks > 0 ? "\n".repeat(pendingBreaks) : " ", s - 1);
      pendingBreaks = 0;
    }
    if (style === "QUOTE_DOUBLE") {
      for (let i = 0; i < text3.length; i++) {
        const c = text3[i];
        if (c !== "\\" || i === text3.length - 1) {
          out.push(c, s + i);
          continue;
        }
        const n = text3[++i];
        const simple = {
          n: "\n",
          t: "	",
          '"': '"',
          "\\": "\\",
          "/": "/",
          " ": " ",
          "0": "\0",
          r: "\r"
        };
        if (n in simple) out.pushAt(simple[n], s + i - 1);
        else if (n === "x" || n === "u" || n === "U") {
          const len = n === "x" ? 2 : n === "u" ? 4 : 8;
          const hex = text3.slice(i + 1, i + 1 + len);
          out.pushAt(/^[0-9a-fA-F]+$/.test(hex) ? String.fromCodePoint(parseInt(hex, 16)) : "?", s + i - 1);
          i += len;
        } else out.pushAt(n, s + i - 1);
      }
    } else if (style === "QUOTE_SINGLE") {
      for (let i = 0; i < text3.length; i++) {
        out.push(text3[i], s + i);
        if (text3[i] === "'" && text3[i + 1] === "'") i++;
      }
    } else {
      out.push(text3, s);
    }
  }
  return out;
}
function scalarText(source, range, style) {
  const [start, valueEnd] = range;
  if (style === "BLOCK_LITERAL" || style === "BLOCK_FOLDED") {
    return blockScalar(source, start, valueEnd, style === "BLOCK_FOLDED");
  }
  return flowScalar(source, start, valueEnd, style ?? "PLAIN");
}

// src/targets/runtime/env.ts
var composeEnvValue = (text3) => {
  if (!text3.includes("$")) return { source: "literal", value: text3 };
  const interp = interpolateCompose(text3);
  if (interp.opaque) return { source: "reference" };
  return { source: /\$\{/.test(text3) ? "default" : "literal", value: interp.text };
};
var workflowEnvValue = (text3) => text3.includes("${{") || /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(text3.trim()) ? { source: "reference" } : { source: "literal", value: text3 };
var kubernetesEnvValue = (text3) => /\$\([A-Za-z_][A-Za-z0-9_]*\)|\{\{|\$\{|\{%/.test(text3) ? { source: "reference" } : { source: "literal", value: text3 };
function splitAssignment(text3) {
  const eq = text3.indexOf("=");
  return eq < 0 ? { name: text3.trim() } : { name: text3.slice(0, eq).trim(), valueAt: eq + 1 };
}
function yamlEnv(node, key, ctx, read) {
  const out = [];
  if ((0, import_yaml.isMap)(node)) {
    for (const e of entries(node, ctx)) out.push(mapEntry(e, key, ctx, read));
  } else if ((0, import_yaml.isSeq)(node)) {
    for (const it of items(node, ctx)) {
      const item = listItem(it.value, it.written, key, ctx, read);
      if (item) out.push(item);
    }
  }
  return out;
}
function mapEntry(e, key, ctx, read) {
  const nameRange = rangeOfNode(e.keyNode, ctx);
  const text3 = scalarString(e.value);
  if (text3 === void 0) {
    return { name: e.key, source: "passthrough", range: nameRange, nameRange, key };
  }
  const r = read(text3);
  const range = rangeOfNode(e.written ?? e.value, ctx);
  return { name: e.key, ...r, range, nameRange, key };
}
function listItem(value, written, key, ctx, read) {
  if (!(0, import_yaml.isScalar)(value) || typeof value.value !== "string") return void 0;
  const span = value.range;
  const itemRange = rangeOfNode(written, ctx);
  if (!span || written !== value) {
    const split2 = splitAssignment(value.value);
    if (!split2.name) return void 0;
    const r2 = "valueAt" in split2 ? read(value.value.slice(split2.valueAt)) : { source: "passthrough" };
    return { name: split2.name, ...r2, range: itemRange, nameRange: itemRange, key };
  }
  const mapped2 = scalarText(ctx.text, span, value.type);
  const text3 = mapped2.text;
  const split = splitAssignment(text3);
  if (!split.name) return void 0;
  const nameStart = text3.search(/\S/);
  const nameRange = mapped2.rangeOf(ctx.index, nameStart, nameStart + split.name.length);
  if (!("valueAt" in split))
    return { name: split.name, source: "passthrough", range: nameRange, nameRange, key };
  const r = read(text3.slice(split.valueAt));
  const range = split.valueAt < text3.length ? mapped2.rangeOf(ctx.index, split.valueAt, text3.length) : nameRange;
  return { name: split.name, ...r, range, nameRange, key };
}
function cliEnv(value, raw, rawStart, opaque, key, rangeOf) {
  const split = splitAssignment(value);
  if (!split.name) return void 0;
  const lead = raw.search(/[^"'\s]/);
  const nameStart = rawStart + Math.max(0, lead);
  const nameRange = rangeOf(nameStart, nameStart + split.name.length);
  if (!("valueAt" in split))
    return { name: split.name, source: "passthrough", range: nameRange, nameRange, key };
  const rawEq = raw.indexOf("=");
  const valueText = value.slice(split.valueAt);
  let end = raw.length;
  while (end > rawEq + 1 && /["']/.test(raw[end - 1])) end--;
  const range = rawEq >= 0 && end > rawEq + 1 ? rangeOf(rawStart + rawEq + 1, rawStart + end) : nameRange;
  if (opaque && /\$/.test(raw.slice(rawEq + 1)))
    return { name: split.name, source: "reference", range, nameRange, key };
  return { name: split.name, source: "literal", value: valueText, range, nameRange, key };
}

// src/targets/runtime/compose.ts
var memory = (t) => {
  const r = parseMemory(t);
  return "error" in r ? r : { value: r.bytes };
};
var cpus = (t) => {
  const r = parseCpus(t);
  return "error" in r ? r : { value: r.cpus };
};
var text = (t) => ({ value: t });
var bool = (t) => {
  const b = parseLooseBool(t);
  return b === void 0 ? { error: `"${t}" is not true or false` } : { value: b };
};
function scalarSetting(value, range, key, ctx, parse) {
  const s = scalarString(value);
  const raw = sourceOf(value, ctx) || (s ?? "");
  if (s === void 0) {
    if (value === null || (0, import_yaml3.isScalar)(value) && value.value === null) return void 0;
    return { raw, range, key, invalid: `${key} must be a single value` };
  }
  const interp = interpolateCompose(s);
  if (interp.opaque) return { raw, range, key, opaque: true };
  const r = parse(interp.text);
  return "error" in r ? { raw, range, key, invalid: r.error } : { raw, range, key, value: r.value };
}
function entrySetting(entry, key, ctx, parse) {
  if (!entry) return void 0;
  return scalarSetting(entry.value, rangeOfEntry(entry, ctx), key, ctx, parse);
}
function listSettings(entry, key, ctx) {
  if (!entry) return [];
  if ((0, import_yaml3.isSeq)(entry.value)) {
    const out = [];
    for (const it of items(entry.value, ctx)) {
      const s2 = scalarSetting(it.value, rangeOfNode(it.written, ctx), key, ctx, text);
      if (s2) out.push(s2);
    }
    return out;
  }
  const s = entrySetting(entry, key, ctx, text);
  return s ? [s] : [];
}
function larger(a, b) {
  if (!a) return b;
  if (!b) return a;
  if (a.value === void 0) return b.value === void 0 ? a : b;
  if (b.value === void 0) return a;
  return b.value > a.value ? b : a;
}
var MOUNT_TYPES2 = ["bind", "volume", "tmpfs", "npipe", "image", "cluster"];
function volumeSettings(entry, ctx) {
  if (!entry) return [];
  const out = [];
  for (const it of items(entry.value, ctx)) {
    const range = rangeOfNode(it.written, ctx);
    const raw = sourceOf(it.written, ctx);
    const short = scalarString(it.value);
    if (short !== void 0) {
      const interp = interpolateCompose(short);
      out.push({ ...parseVolumeSpec(interp.text, interp.opaque), raw, range, key: "volumes" });
      continue;
    }
    if (!(0, import_yaml3.isMap)(it.value)) continue;
    const field = (name) => {
      const s = scalarString(get(it.value, name, ctx)?.value ?? null);
      return s === void 0 ? void 0 : interpolateCompose(s);
    };
    const type = field("type");
    const source = field("source");
    const target = field("target");
    const ro = field("read_only");
    const mountType = type ? MOUNT_TYPES2.find((t) => t === type.text) ?? "unknown" : "volume";
    out.push({
      type: mountType,
      source: source?.text,
      target: target?.text,
      readOnly: ro ? parseLooseBool(ro.text) === true : false,
      ...source?.opaque || type?.opaque ? { opaque: true } : {},
      raw,
      range,
      key: "volumes"
    });
  }
  return out;
}
function deviceSettings(entry, ctx) {
  if (!entry) return [];
  const out = [];
  for (const it of items(entry.value, ctx)) {
    const range = rangeOfNode(it.written, ctx);
    if ((0, import_yaml3.isMap)(it.value)) {
      const src = scalarString(get(it.value, "source", ctx)?.value ?? null);
      if (src !== void 0) out.push({ value: src, raw: sourceOf(it.written, ctx), range, key: "devices" });
      continue;
    }
    const s = scalarSetting(it.value, range, "devices", ctx, text);
    if (s) out.push(s);
  }
  return out;
}
function sysctlSettings(entry, ctx) {
  if (!entry) return [];
  if (!(0, import_yaml3.isMap)(entry.value)) return listSettings(entry, "sysctls", ctx);
  const out = [];
  for (const e of entries(entry.value, ctx)) {
    const v = scalarString(e.value) ?? "";
    out.push({ value: `${e.key}=${v}`, raw: e.key, range: rangeOfEntry(e, ctx), key: "sysctls" });
  }
  return out;
}
function isComposeDocument(ctx) {
  const services = get(ctx.doc.contents, "services", ctx);
  if (!services || !(0, import_yaml3.isMap)(services.value)) return false;
  return entries(services.value, ctx).every((e) => e.value === null || (0, import_yaml3.isMap)(e.value) || (0, import_yaml3.isScalar)(e.value));
}
function isPodmanCompose(ctx, file) {
  if (/^podman-compose/i.test(path3.posix.basename(file))) return true;
  if (get(ctx.doc.contents, "x-podman", ctx)) return true;
  const services = get(ctx.doc.contents, "services", ctx);
  for (const svc of services ? entries(services.value, ctx) : []) {
    if ((0, import_yaml3.isMap)(svc.value) && get(svc.value, "x-podman", ctx)) return true;
  }
  return /\bpodman[- ]compose\b/i.test(ctx.text);
}
function composeUnits(ctx, file) {
  const units = [];
  const services = get(ctx.doc.contents, "services", ctx);
  if (!services) return units;
  const engine = isPodmanCompose(ctx, file) ? "podman" : "compose";
  for (const svc of entries(services.value, ctx)) {
    if (svc.value !== null && !(0, import_yaml3.isMap)(svc.value)) continue;
    const name = svc.key;
    const profiles = [];
    for (const it of items(get(svc.value, "profiles", ctx)?.value ?? null, ctx)) {
      const p = scalarString(it.value);
      if (p !== void 0) profiles.push(p);
    }
    const spec = emptySpec(
      {
        file,
        kind: "compose",
        syntax: "compose",
        name,
        range: rangeOfNode(svc.keyNode, ctx),
        ...profiles.length > 0 ? { profiles } : {}
      },
      engine
    );
    readService(spec, svc.value, ctx);
    const context = profiles.length > 0 ? `${name} (profile ${profiles.join(", ")})` : name;
    units.push({
      model: spec,
      context: { service: context, ...spec.image?.value ? { image: spec.image.value } : {} }
    });
  }
  return units;
}
function readService(spec, node, ctx) {
  const e = new Map(entries(node, ctx).map((x) => [x.key, x]));
  const image = entrySetting(e.get("image"), "image", ctx, text);
  if (image) spec.image = image;
  if (e.has("build")) spec.imageBuilt = true;
  if (e.has("extends")) {
    spec.incomplete = "the service extends another service, which may set what is missing here";
  } else if (!e.has("image") && !e.has("build")) {
    spec.incomplete = "the service has neither image nor build: it completes a service of another compose file";
  }
  const resources = get(e.get("deploy")?.value ?? null, "resources", ctx)?.value ?? null;
  const lim = resources ? get(resources, "limits", ctx)?.value ?? null : null;
  const res = resources ? get(resources, "reservations", ctx)?.value ?? null : null;
  const limEntry = (k) => lim ? get(lim, k, ctx) : void 0;
  spec.memory = larger(
    entrySetting(e.get("mem_limit"), "mem_limit", ctx, memory),
    entrySetting(limEntry("memory"), "deploy.resources.limits.memory", ctx, memory)
  );
  spec.memorySwap = entrySetting(e.get("memswap_limit"), "memswap_limit", ctx, memory);
  spec.memoryReservation = entrySetting(e.get("mem_reservation"), "mem_reservation", ctx, memory) ?? entrySetting(
    res ? get(res, "memory", ctx) : void 0,
    "deploy.resources.reservations.memory",
    ctx,
    memory
  );
  spec.cpus = larger(
    entrySetting(e.get("cpus"), "cpus", ctx, cpus),
    entrySetting(limEntry("cpus"), "deploy.resources.limits.cpus", ctx, cpus)
  );
  spec.cpuQuota = entrySetting(e.get("cpu_quota"), "cpu_quota", ctx, parseInteger);
  spec.cpuPeriod = entrySetting(e.get("cpu_period"), "cpu_period", ctx, parseInteger);
  spec.cpusetCpus = entrySetting(e.get("cpuset"), "cpuset", ctx, text);
  spec.cpuShares = entrySetting(e.get("cpu_shares"), "cpu_shares", ctx, parseInteger);
  spec.pidsLimit = entrySetting(e.get("pids_limit"), "pids_limit", ctx, parseInteger) ?? entrySetting(limEntry("pids"), "deploy.resources.limits.pids", ctx, parseInteger);
  const restart = entrySetting(e.get("restart"), "restart", ctx, text);
  if (restart && (restart.opaque || (restart.value ?? "no") !== "no") || e.has("deploy")) {
    spec.lifetime = "service";
  }
  spec.userns = entrySetting(e.get("userns_mode"), "userns_mode", ctx, text);
  spec.privileged = entrySetting(e.get("privileged"), "privileged", ctx, bool);
  spec.readOnly = entrySetting(e.get("read_only"), "read_only", ctx, bool);
  spec.user = entrySetting(e.get("user"), "user", ctx, text);
  spec.pid = entrySetting(e.get("pid"), "pid", ctx, text);
  spec.ipc = entrySetting(e.get("ipc"), "ipc", ctx, text);
  spec.uts = entrySetting(e.get("uts"), "uts", ctx, text);
  spec.network = entrySetting(e.get("network_mode"), "network_mode", ctx, text);
  spec.cgroupns = entrySetting(e.get("cgroup"), "cgroup", ctx, text);
  spec.capAdd = listSettings(e.get("cap_add"), "cap_add", ctx).map(cap);
  spec.capDrop = listSettings(e.get("cap_drop"), "cap_drop", ctx).map(cap);
  spec.securityOpt = listSettings(e.get("security_opt"), "security_opt", ctx);
  spec.volumes = volumeSettings(e.get("volumes"), ctx);
  spec.devices = deviceSettings(e.get("devices"), ctx);
  spec.sysctls = sysctlSettings(e.get("sysctls"), ctx);
  spec.env = yamlEnv(e.get("environment")?.value ?? null, "environment", ctx, composeEnvValue);
  for (const k of Object.keys(spec)) if (spec[k] === void 0) delete spec[k];
}
function cap(s) {
  return s.value === void 0 ? s : { ...s, value: normaliseCapability(s.value) };
}

// src/targets/runtime/cli.ts
function cliWord(w) {
  return { value: w.value, raw: w.raw, start: w.start, end: w.end, opaque: w.hasExpansion };
}
var VALUE_FLAGS = new Set(
  "add-host annotation attach blkio-weight blkio-weight-device cap-add cap-drop cgroup-parent cgroupns cidfile cpu-count cpu-percent cpu-period cpu-quota cpu-rt-period cpu-rt-runtime cpu-shares cpus cpuset-cpus cpuset-mems detach-keys device device-cgroup-rule device-read-bps device-read-iops device-write-bps device-write-iops dns dns-opt dns-option dns-search domainname entrypoint env env-file expose gpus group-add health-cmd health-interval health-retries health-start-interval health-start-period health-timeout hostname io-maxbandwidth io-maxiops ip ip6 ipc isolation kernel-memory label label-file link link-local-ip log-driver log-opt mac-address memory memory-reservation memory-swap memory-swappiness mount name network net network-alias net-alias oom-score-adj pid pids-limit platform publish pull restart runtime security-opt shm-size stop-signal stop-timeout storage-opt sysctl tmpfs ulimit user userns uts volume volume-driver volumes-from workdir arch authfile cgroup-conf cgroups chrootdirs conmon-pidfile creds decryption-key env-merge gidmap group-entry health-log-destination health-max-log-count health-max-log-size health-on-failure health-startup-cmd health-startup-interval health-startup-retries health-startup-success health-startup-timeout hostuser image-volume init-path os passwd-entry personality pidfile pod pod-id-file preserve-fd preserve-fds rdt-class requires retry retry-delay sdnotify seccomp-policy secret shm-size-systemd subgidname subuidname systemd timeout tz uidmap umask unsetenv variant".split(" ")
);
var SHORT_FLAGS = {
  a: "attach",
  c: "cpu-shares",
  e: "env",
  h: "hostname",
  l: "label",
  m: "memory",
  p: "publish",
  u: "user",
  v: "volume",
  w: "workdir",
  d: "detach",
  i: "interactive",
  t: "tty",
  P: "publish-all",
  q: "quiet"
};
var ALIASES = {
  net: "network",
  "net-alias": "network-alias",
  "dns-opt": "dns-option"
};
function wholeExpansion(w) {
  if (!w.opaque) return null;
  const m = /^"?\$(?:\{\{([\s\S]*)\}\}|\{([^}]*)\}|\(([\s\S]*)\)|([A-Za-z_][A-Za-z0-9_]*|[@*]))"?$/.exec(
    w.raw
  );
  if (!m) return null;
  return m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
}
var FLAG_VARIABLE = /OPT|ARG|FLAG|PARAM|EXTRA|^[@*]$|\[[@*]\]/i;
function parseRunArgs(words, expectImage = true) {
  const flags = [];
  const opaqueFlags = [];
  let i = 0;
  const takeValue = (occ) => {
    const next = words[i + 1];
    if (next) {
      occ.value = next.value;
      occ.valueRaw = next.raw;
      occ.valueOpaque = next.opaque;
      occ.end = next.end;
      occ.text = `${occ.text} ${next.raw}`;
      i++;
    }
  };
  for (; i < words.length; i++) {
    const w = words[i];
    const v = w.value;
    if (v === "--" && !w.opaque) {
      if (expectImage) return { flags, image: words[i + 1], opaqueFlags };
      continue;
    }
    if (v.startsWith("--") && v.length > 2) {
      const eq = v.indexOf("=");
      const written = eq < 0 ? v.slice(2) : v.slice(2, eq);
      const name = ALIASES[written] ?? written;
      const takesValue = VALUE_FLAGS.has(name);
      const occ = {
        name,
        key: `--${written}`,
        valueOpaque: false,
        takesValue,
        text: w.raw,
        start: w.start,
        end: w.end
      };
      if (eq >= 0) {
        occ.value = v.slice(eq + 1);
        const rawEq = w.raw.indexOf("=");
        occ.valueRaw = rawEq >= 0 ? w.raw.slice(rawEq + 1) : occ.value;
        occ.valueOpaque = w.opaque;
      } else if (takesValue) {
        takeValue(occ);
      }
      flags.push(occ);
      continue;
    }
    if (v.startsWith("-") && v.length > 1 && !w.opaque) {
      for (let j = 1; j < v.length; j++) {
        const ch = v[j];
        const name = SHORT_FLAGS[ch] ?? ch;
        const takesValue = VALUE_FLAGS.has(name);
        const occ = {
          name,
          key: `-${ch}`,
          valueOpaque: false,
          takesValue,
          text: w.raw,
          start: w.start,
          end: w.end
        };
        if (takesValue) {
          let rest = v.slice(j + 1);
          if (rest.startsWith("=")) rest = rest.slice(1);
          if (rest !== "") {
            occ.value = rest;
            occ.valueRaw = rest;
          } else {
            takeValue(occ);
          }
          flags.push(occ);
          break;
        }
        if (v[j + 1] === "=") {
          occ.value = v.slice(j + 2);
          occ.valueRaw = occ.value;
          flags.push(occ);
          break;
        }
        flags.push(occ);
      }
      continue;
    }
    if (v.startsWith("-") && v.length > 1 && w.opaque && /^-/.test(w.raw)) {
      const name = SHORT_FLAGS[v[1]] ?? v[1];
      const takesValue = VALUE_FLAGS.has(name);
      const occ = {
        name,
        key: v.slice(0, 2),
        valueOpaque: true,
        takesValue,
        text: w.raw,
        start: w.start,
        end: w.end
      };
      if (takesValue) {
        occ.value = v.slice(2).replace(/^=/, "");
        occ.valueRaw = w.raw.slice(2).replace(/^=/, "");
        if (occ.value === "") takeValue(occ);
      }
      flags.push(occ);
      continue;
    }
    const expansion = wholeExpansion(w);
    if (expansion !== null && (!expectImage || FLAG_VARIABLE.test(expansion))) {
      opaqueFlags.push(w);
      continue;
    }
    if (expectImage) return { flags, image: w, opaqueFlags };
  }
  return { flags, opaqueFlags };
}
function occValueRange(occ, rangeOf) {
  return rangeOf(occ.start, occ.end);
}
function makeSetting(occ, rangeOf, parse) {
  const base = { raw: occ.valueRaw ?? "", range: occValueRange(occ, rangeOf), key: occ.key, text: occ.text };
  if (occ.value === void 0) return { ...base, invalid: `${occ.key} needs a value` };
  if (occ.valueOpaque && occ.value.includes("$")) return { ...base, opaque: true };
  const r = parse(occ.value);
  return "error" in r ? { ...base, invalid: r.error } : { ...base, value: r.value };
}
var asMemory = (t) => {
  const r = parseMemory(t);
  return "error" in r ? r : { value: r.bytes };
};
var asCpus = (t) => {
  const r = parseCpus(t);
  return "error" in r ? r : { value: r.cpus };
};
var asString = (t) => ({ value: t });
function boolSetting(occ, rangeOf) {
  const base = { range: occValueRange(occ, rangeOf), key: occ.key, text: occ.text };
  if (occ.value === void 0) return { ...base, value: true, raw: occ.key };
  const raw = occ.valueRaw ?? occ.value;
  if (occ.valueOpaque && occ.value.includes("$")) return { ...base, raw, opaque: true };
  const b = parseCliBool(occ.value);
  return b === void 0 ? { ...base, raw, invalid: `"${occ.value}" is not true or false` } : { ...base, value: b, raw };
}
function applyFlags(spec, flags, rangeOf) {
  for (const occ of flags) {
    switch (occ.name) {
      case "memory":
        spec.memory = makeSetting(occ, rangeOf, asMemory);
        break;
      case "memory-swap":
        spec.memorySwap = makeSetting(occ, rangeOf, asMemory);
        break;
      case "memory-reservation":
        spec.memoryReservation = makeSetting(occ, rangeOf, asMemory);
        break;
      case "cpus":
        spec.cpus = makeSetting(occ, rangeOf, asCpus);
        break;
      case "cpu-quota":
        spec.cpuQuota = makeSetting(occ, rangeOf, parseInteger);
        break;
      case "cpu-period":
        spec.cpuPeriod = makeSetting(occ, rangeOf, parseInteger);
        break;
      case "cpuset-cpus":
        spec.cpusetCpus = makeSetting(occ, rangeOf, asString);
        break;
      case "cpu-shares":
        spec.cpuShares = makeSetting(occ, rangeOf, parseInteger);
        break;
      case "pids-limit":
        spec.pidsLimit = makeSetting(occ, rangeOf, parseInteger);
        break;
      case "userns":
        spec.userns = makeSetting(occ, rangeOf, asString);
        break;
      case "privileged":
        spec.privileged = boolSetting(occ, rangeOf);
        break;
      case "read-only":
        spec.readOnly = boolSetting(occ, rangeOf);
        break;
      case "cap-add":
      case "cap-drop": {
        const list = occ.name === "cap-add" ? spec.capAdd : spec.capDrop;
        const s = makeSetting(occ, rangeOf, asString);
        if (s.value === void 0) {
          list.push(s);
          break;
        }
        for (const cap2 of s.value.split(",")) {
          if (cap2.trim() !== "") list.push({ ...s, value: normaliseCapability(cap2), raw: cap2.trim() });
        }
        break;
      }
      case "pid":
        spec.pid = makeSetting(occ, rangeOf, asString);
        break;
      case "ipc":
        spec.ipc = makeSetting(occ, rangeOf, asString);
        break;
      case "uts":
        spec.uts = makeSetting(occ, rangeOf, asString);
        break;
      case "network":
        spec.network = makeSetting(occ, rangeOf, asString);
        break;
      case "cgroupns":
        spec.cgroupns = makeSetting(occ, rangeOf, asString);
        break;
      case "security-opt":
        spec.securityOpt.push(makeSetting(occ, rangeOf, asString));
        break;
      case "user":
        spec.user = makeSetting(occ, rangeOf, asString);
        break;
      case "device":
        spec.devices.push(makeSetting(occ, rangeOf, asString));
        break;
      case "sysctl":
        spec.sysctls.push(makeSetting(occ, rangeOf, asString));
        break;
      case "volume":
      case "mount": {
        if (occ.value === void 0) break;
        const opaque = occ.valueOpaque && occ.value.includes("$");
        const parsed = occ.name === "volume" ? parseVolumeSpec(occ.value, opaque) : parseMountSpec(occ.value, opaque);
        const mount = {
          ...parsed,
          raw: occ.valueRaw ?? occ.value,
          range: occValueRange(occ, rangeOf),
          key: occ.key
        };
        spec.volumes.push(mount);
        break;
      }
      case "env": {
        if (occ.value === void 0) break;
        const raw = occ.valueRaw ?? occ.value;
        const env = cliEnv(occ.value, raw, occ.end - raw.length, occ.valueOpaque, occ.key, rangeOf);
        if (env) spec.env.push(env);
        break;
      }
      case "tmpfs": {
        if (occ.value === void 0) break;
        const target = occ.value.split(":")[0];
        spec.volumes.push({
          type: "tmpfs",
          target,
          readOnly: false,
          raw: occ.valueRaw ?? occ.value,
          range: occValueRange(occ, rangeOf),
          key: occ.key
        });
        break;
      }
    }
  }
}
var ENGINES = {
  docker: "docker",
  "docker.exe": "docker",
  podman: "podman",
  "podman.exe": "podman",
  "podman-remote": "podman"
};
var GLOBAL_VALUE_FLAGS = new Set(
  "-H --host -c --context --config -l --log-level --tlscacert --tlscert --tlskey --cgroup-manager --conmon --connection --events-backend --hooks-dir --identity --imagestore --module --network-cmd-path --network-config-dir --out --root --runroot --runtime --runtime-flag --ssh --storage-driver --storage-opt --tmpdir --url --volumepath --cni-config-dir --db-backend".split(" ")
);
var basename2 = (p) => p.slice(p.lastIndexOf("/") + 1);
var PREFIXES = {
  sudo: /* @__PURE__ */ new Set([
    "-u",
    "-g",
    "-C",
    "-D",
    "-h",
    "-p",
    "-r",
    "-t",
    "-U",
    "-T",
    "--user",
    "--group",
    "--chdir",
    "--prompt"
  ]),
  doas: /* @__PURE__ */ new Set(["-u", "-C"]),
  env: /* @__PURE__ */ new Set(["-u", "--unset", "-C", "--chdir", "-S", "--split-string"]),
  exec: /* @__PURE__ */ new Set(["-a"]),
  command: /* @__PURE__ */ new Set(),
  nohup: /* @__PURE__ */ new Set(),
  time: /* @__PURE__ */ new Set(["-f", "-o"]),
  nice: /* @__PURE__ */ new Set(["-n"]),
  ionice: /* @__PURE__ */ new Set(["-c", "-n", "-p"]),
  stdbuf: /* @__PURE__ */ new Set(["-i", "-o", "-e"]),
  timeout: /* @__PURE__ */ new Set(["-s", "-k", "--signal", "--kill-after"])
};
function matchRunCommand(words) {
  let i = 0;
  for (let guard = 0; guard < 10 && i < words.length; guard++) {
    const name = basename2(words[i].value);
    const valueOpts = PREFIXES[name];
    if (!valueOpts || words[i].opaque) break;
    i++;
    if (name === "command" && words[i] && /^-[vV]$/.test(words[i].value)) return null;
    while (i < words.length) {
      const v = words[i].value;
      if (v === "--") {
        i++;
        break;
      }
      if (name === "env" && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
        i++;
        continue;
      }
      if (!v.startsWith("-") || v === "-") break;
      i += valueOpts.has(v) ? 2 : 1;
    }
    if (name === "timeout" && i < words.length) i++;
  }
  const cmd = words[i];
  if (!cmd || cmd.opaque) return null;
  const engine = ENGINES[basename2(cmd.value)];
  if (!engine) return null;
  let j = i + 1;
  while (j < words.length && words[j].value.startsWith("-")) {
    const v = words[j].value;
    j += GLOBAL_VALUE_FLAGS.has(v) ? 2 : 1;
  }
  if (words[j]?.value === "container") j++;
  const sub2 = words[j];
  if (!sub2 || sub2.value !== "run" && sub2.value !== "create" || sub2.opaque) return null;
  return { engine, command: sub2.value, first: words[0], subcommand: sub2, args: words.slice(j + 1) };
}
function specFromWords(words, info) {
  const run = matchRunCommand(words);
  if (!run) return null;
  const parsed = parseRunArgs(run.args, true);
  const image = parsed.image;
  const name = `${info.namePrefix ?? ""}${run.engine} ${run.command}${image ? ` ${image.raw}` : ""}`;
  const source = {
    file: info.file,
    kind: info.kind,
    syntax: "cli",
    name,
    range: info.rangeOf(run.first.start, run.subcommand.end),
    ...info.job ? { job: info.job } : {}
  };
  const spec = emptySpec(source, run.engine);
  spec.command = run.command;
  if (image) {
    spec.image = {
      raw: image.raw,
      range: info.rangeOf(image.start, image.end),
      key: "image",
      ...image.opaque ? { opaque: true } : { value: image.value }
    };
  }
  if (parsed.opaqueFlags.length > 0) {
    spec.incomplete = `flags may come from ${parsed.opaqueFlags.map((w) => w.raw).join(", ")}`;
  }
  applyFlags(spec, parsed.flags, info.rangeOf);
  spec.lifetime = info.kind === "workflow" ? "task" : lifetimeOf(parsed.flags);
  if (spec.lifetime === void 0) delete spec.lifetime;
  return spec;
}
function lifetimeOf(flags) {
  const on = (name) => flags.some((f) => f.name === name && (f.value === void 0 || parseCliBool(f.value) !== false));
  const restart = flags.filter((f) => f.name === "restart").pop();
  if (on("detach") || restart?.value !== void 0 && restart.value !== "no") return "service";
  return on("rm") ? "task" : void 0;
}
function specFromCommand(cmd, info) {
  if (cmd.words.length < 2) return null;
  return specFromWords(cmd.words.map(cliWord), info);
}

// src/targets/runtime/shell-source.ts
var MENTIONS_ENGINE = /\b(?:docker|podman)\b/;
function scriptUnits(script, opts) {
  const units = [];
  const problems = [];
  const comments = shellCommentSpans(script).map((c) => ({
    text: c.text,
    range: opts.rangeOf(c.start, c.end)
  }));
  if (!MENTIONS_ENGINE.test(script)) return { units, comments, problems };
  const parsed = parseShell(script, { dockerfileContinuations: false });
  for (const cmd of parsed.commands) {
    const spec = specFromCommand(cmd, {
      file: opts.file,
      kind: opts.kind,
      rangeOf: opts.rangeOf,
      namePrefix: opts.namePrefix,
      job: opts.job
    });
    if (!spec) continue;
    const service = opts.contextPrefix ? `${opts.contextPrefix}: ${spec.source.name}` : spec.source.name;
    units.push({
      model: spec,
      context: { service, ...spec.image?.value ? { image: spec.image.value } : {} }
    });
  }
  for (const e of parsed.errors) {
    let from = 0;
    for (const c of parsed.commands) if (c.end <= e.start && c.end > from) from = c.end;
    const stops = e.end <= e.start;
    const span = script.slice(stops ? from : e.start, stops ? script.length : e.end);
    if (!MENTIONS_ENGINE.test(span)) continue;
    problems.push({
      message: `shell syntax error: ${e.message}; docker/podman commands in this part of the script were not checked`,
      range: opts.rangeOf(e.start, Math.max(e.start + 1, Math.min(e.end, e.start + 1)))
    });
  }
  return { units, comments, problems };
}
function loadShellScript(relPath, text3) {
  const index = new LineIndex(text3);
  const r = scriptUnits(text3, { file: relPath, kind: "cli", rangeOf: (s, e) => index.range(s, e) });
  return {
    kind: "runtime",
    file: relPath,
    text: text3,
    units: r.units,
    problems: r.problems,
    comments: r.comments,
    stats: { format: "shell", containers: r.units.length }
  };
}
function makefileScript(text3) {
  const script = new MappedText();
  const makeComments = [];
  let inRule = false;
  let recipeContinues = false;
  let makeContinues = false;
  let inDefine = false;
  let pos = 0;
  while (pos <= text3.length) {
    let nl = text3.indexOf("\n", pos);
    if (nl < 0) nl = text3.length;
    let line = text3.slice(pos, nl);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    const start = pos;
    pos = nl + 1;
    if (inDefine) {
      if (/^\s*endef\b/.test(line)) inDefine = false;
      script.pushAt("\n", nl);
      continue;
    }
    if (line.startsWith("	") && inRule && !makeContinues) {
      let i = 1;
      if (!recipeContinues) {
        while (i < line.length && /[@\-+ \t]/.test(line[i])) i++;
      }
      let seg = i;
      for (let j = i; j < line.length; j++) {
        if (line[j] === "$" && line[j + 1] === "$") {
          script.push(line.slice(seg, j + 1), start + seg);
          j++;
          seg = j + 1;
        }
      }
      script.push(line.slice(seg), start + seg);
      recipeContinues = line.endsWith("\\");
      script.pushAt("\n", Math.min(nl, text3.length));
      continue;
    }
    recipeContinues = false;
    const wasContinued = makeContinues;
    makeContinues = line.endsWith("\\");
    script.pushAt("\n", Math.min(nl, text3.length));
    if (wasContinued || line.trim() === "") continue;
    const hash = line.search(/(?<!\\)#/);
    if (hash >= 0)
      makeComments.push({ start: start + hash, end: start + line.length, text: line.slice(hash + 1).trim() });
    if (/^\s*#/.test(line)) continue;
    if (/^\s*define\b/.test(line)) {
      inDefine = true;
      inRule = false;
      continue;
    }
    const code = hash >= 0 ? line.slice(0, hash) : line;
    inRule = /^[^\t=#]*[^:=\s]\s*::?(?![=:])/.test(code) && !/^\s*(?:ifn?eq|ifn?def|else|endif|export|include|-include|override)\b/.test(code);
  }
  return { script, makeComments };
}
function loadMakefile(relPath, text3) {
  const index = new LineIndex(text3);
  const { script, makeComments } = makefileScript(text3);
  const r = scriptUnits(script.text, {
    file: relPath,
    kind: "cli",
    rangeOf: (s, e) => script.rangeOf(index, s, e)
  });
  const comments = [
    ...makeComments.map((c) => ({ text: c.text, range: index.range(c.start, c.end) })),
    ...r.comments
  ];
  comments.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
  return {
    kind: "runtime",
    file: relPath,
    text: text3,
    units: r.units,
    problems: r.problems,
    comments,
    stats: { format: "makefile", containers: r.units.length }
  };
}

// src/targets/runtime/kubernetes.ts
var import_yaml5 = __toESM(require_dist(), 1);
var POD_TEMPLATE_PATH = {
  Pod: [],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
  PodTemplate: ["template"]
};
var WORKLOAD_KINDS = Object.keys(POD_TEMPLATE_PATH);
var LIST_KIND = /^(?:\w*List)$/;
var MAX_LIST_DEPTH = 8;
var PLACEHOLDER = /\{\{|\$\{|\{%/;
function fields(node, ctx) {
  const out = /* @__PURE__ */ new Map();
  for (const e of entries(node, ctx)) if (!out.has(e.key)) out.set(e.key, e);
  return out;
}
function at(node, path5, ctx) {
  let n = node;
  for (const key of path5) {
    n = fields(n, ctx).get(key)?.value ?? null;
    if (n === null) return null;
  }
  return n;
}
var text2 = (t) => ({ value: t });
var quantity = (t) => parseQuantity(t);
var bool2 = (t) => {
  const v = t.trim().toLowerCase();
  if (v === "true") return { value: true };
  if (v === "false") return { value: false };
  return { error: `"${t}" is not true or false` };
};
var integer2 = (t) => /^[-+]?\d+$/.test(t.trim()) ? { value: Number(t) } : { error: `"${t}" is not an integer` };
function setting(entry, path5, ctx, parse) {
  if (!entry) return void 0;
  const range = rangeOfEntry(entry, ctx);
  return valueSetting(entry.value, entry.written, range, path5, ctx, parse);
}
function valueSetting(value, written, range, path5, ctx, parse) {
  if (value === null || (0, import_yaml5.isScalar)(value) && value.value === null) return void 0;
  const s = scalarString(value);
  const raw = sourceOf(written, ctx) || (s ?? "");
  if (s === void 0) return { raw, range, key: path5, invalid: `${path5} must be a single value` };
  if (PLACEHOLDER.test(s)) return { raw, range, key: path5, opaque: true };
  const r = parse(s);
  return "error" in r ? { raw, range, key: path5, invalid: r.error } : { raw, range, key: path5, value: r.value };
}
function as(s, value) {
  const { value: _old, ...rest } = s;
  void _old;
  return value === void 0 ? rest : { ...rest, value };
}
function lifetimeOf2(kind, restartPolicy) {
  if (kind === "Job" || kind === "CronJob") return "task";
  if (kind === "Pod" || kind === "PodTemplate")
    return restartPolicy === "Never" || restartPolicy === "OnFailure" ? "task" : "service";
  return "service";
}
function podSysctls(securityContext, ctx) {
  const out = [];
  for (const it of items(securityContext.get("sysctls")?.value ?? null, ctx)) {
    const f = fields(it.value, ctx);
    const n = scalarString(f.get("name")?.value ?? null);
    if (n === void 0) continue;
    const v = scalarString(f.get("value")?.value ?? null) ?? "";
    out.push({
      value: `${n}=${v}`,
      raw: n,
      range: firstLine(rangeOfNode(it.written, ctx)),
      key: "securityContext.sysctls",
      ...PLACEHOLDER.test(n) ? { opaque: true } : {}
    });
  }
  return out;
}
function isKubernetesDocument(ctx) {
  const f = fields(ctx.doc.contents, ctx);
  return f.has("apiVersion") && f.has("kind");
}
function kubernetesUnits(ctx, file) {
  const result = { units: [], kinds: [], objects: 0 };
  visitObject(ctx.doc.contents, ctx, file, result, 0);
  return result;
}
function visitObject(node, ctx, file, result, depth) {
  const f = fields(node, ctx);
  const kind = scalarString(f.get("kind")?.value ?? null);
  if (kind === void 0 || !f.has("apiVersion")) return;
  result.objects++;
  if (LIST_KIND.test(kind) && depth < MAX_LIST_DEPTH) {
    for (const it of items(f.get("items")?.value ?? null, ctx))
      visitObject(it.value, ctx, file, result, depth + 1);
    return;
  }
  result.kinds.push(kind);
  const path5 = POD_TEMPLATE_PATH[kind];
  if (!path5) return;
  const meta = fields(f.get("metadata")?.value ?? null, ctx);
  const name = scalarString(meta.get("name")?.value ?? null) ?? scalarString(meta.get("generateName")?.value ?? null) ?? "(unnamed)";
  const template = path5.length === 0 ? node : at(node, path5, ctx);
  if (!(0, import_yaml5.isMap)(template)) return;
  const t = fields(template, ctx);
  const podSpecNode = t.get("spec")?.value ?? null;
  if (!(0, import_yaml5.isMap)(podSpecNode)) return;
  const spec = fields(podSpecNode, ctx);
  const volumes = /* @__PURE__ */ new Map();
  for (const it of items(spec.get("volumes")?.value ?? null, ctx)) {
    const v = fields(it.value, ctx);
    const vName = scalarString(v.get("name")?.value ?? null);
    if (vName === void 0) continue;
    const source = [...v.values()].find((e) => e.key !== "name");
    if (source) volumes.set(vName, { node: it.value, entry: source });
  }
  const securityContext = fields(spec.get("securityContext")?.value ?? null, ctx);
  const pod = {
    ctx,
    file,
    workload: `${kind} "${name}"`,
    label: `${kind} ${name}`,
    spec,
    securityContext,
    sysctls: podSysctls(securityContext, ctx),
    lifetime: lifetimeOf2(kind, scalarString(spec.get("restartPolicy")?.value ?? null)),
    annotations: fields(fields(t.get("metadata")?.value ?? null, ctx).get("annotations")?.value ?? null, ctx),
    volumes
  };
  const lists = [
    ["initContainers", "init"],
    ["containers", void 0],
    ["ephemeralContainers", "ephemeral"]
  ];
  for (const [key, type] of lists) {
    for (const it of items(spec.get(key)?.value ?? null, ctx)) {
      if (!(0, import_yaml5.isMap)(it.value)) continue;
      result.units.push(containerUnit(pod, it.value, it.written, type));
    }
  }
}
var HOST_NAMESPACES = [
  ["hostPID", "pid"],
  ["hostIPC", "ipc"],
  ["hostNetwork", "network"]
];
function containerUnit(pod, node, written, type) {
  const { ctx } = pod;
  const c = fields(node, ctx);
  const nameEntry = c.get("name");
  const name = scalarString(nameEntry?.value ?? null) ?? "(unnamed)";
  const range = nameEntry ? rangeOfEntry(nameEntry, ctx) : firstLine(rangeOfNode(written, ctx));
  const spec = emptySpec(
    {
      file: pod.file,
      kind: "kubernetes",
      syntax: "kubernetes",
      name,
      range,
      workload: pod.workload,
      ...type ? { containerType: type } : {}
    },
    "kubernetes"
  );
  if (pod.lifetime) spec.lifetime = pod.lifetime;
  const image = setting(c.get("image"), "image", ctx, text2);
  if (image) spec.image = image;
  const resources = fields(c.get("resources")?.value ?? null, ctx);
  const limits = fields(resources.get("limits")?.value ?? null, ctx);
  const requests = fields(resources.get("requests")?.value ?? null, ctx);
  spec.memory = setting(limits.get("memory"), "resources.limits.memory", ctx, quantity);
  spec.memoryReservation = setting(requests.get("memory"), "resources.requests.memory", ctx, quantity);
  spec.cpus = setting(limits.get("cpu"), "resources.limits.cpu", ctx, quantity);
  for (const [key, field] of HOST_NAMESPACES) {
    const s = setting(pod.spec.get(key), key, ctx, bool2);
    if (s) spec[field] = as(s, s.value === void 0 ? void 0 : s.value ? "host" : "private");
  }
  const hostUsers = setting(pod.spec.get("hostUsers"), "hostUsers", ctx, bool2);
  if (hostUsers)
    spec.userns = as(hostUsers, hostUsers.value === void 0 ? void 0 : hostUsers.value ? "host" : "pod");
  const sc = fields(c.get("securityContext")?.value ?? null, ctx);
  const psc = pod.securityContext;
  const inherited = (key) => sc.get(key) ?? psc.get(key);
  spec.privileged = setting(sc.get("privileged"), "securityContext.privileged", ctx, bool2);
  const hostProcess = fields(inherited("windowsOptions")?.value ?? null, ctx).get("hostProcess");
  const hp = setting(hostProcess, "securityContext.windowsOptions.hostProcess", ctx, bool2);
  if (hp && (!spec.privileged || spec.privileged.value !== true) && hp.value !== false) spec.privileged = hp;
  spec.readOnly = setting(
    sc.get("readOnlyRootFilesystem"),
    "securityContext.readOnlyRootFilesystem",
    ctx,
    bool2
  );
  const user = setting(inherited("runAsUser"), "securityContext.runAsUser", ctx, integer2);
  if (user) spec.user = as(user, user.value === void 0 ? void 0 : String(user.value));
  spec.runAsNonRoot = setting(inherited("runAsNonRoot"), "securityContext.runAsNonRoot", ctx, bool2);
  const caps = fields(sc.get("capabilities")?.value ?? null, ctx);
  spec.capAdd = capabilityList(caps.get("add"), "securityContext.capabilities.add", ctx);
  spec.capDrop = capabilityList(caps.get("drop"), "securityContext.capabilities.drop", ctx);
  const ape = setting(
    sc.get("allowPrivilegeEscalation"),
    "securityContext.allowPrivilegeEscalation",
    ctx,
    bool2
  );
  if (ape)
    spec.securityOpt.push(as(ape, ape.value === void 0 ? void 0 : `no-new-privileges:${!ape.value}`));
  const procMount = setting(sc.get("procMount"), "securityContext.procMount", ctx, text2);
  if (procMount?.value === "Unmasked") spec.securityOpt.push(as(procMount, "systempaths=unconfined"));
  for (const [kind, key] of [
    ["seccomp", "seccompProfile"],
    ["apparmor", "appArmorProfile"]
  ]) {
    const profile = profileSetting(kind, sc.get(key), psc.get(key), pod, name);
    if (profile) spec.securityOpt.push(profile);
  }
  const selinux = inherited("seLinuxOptions");
  for (const [key, e] of fields(selinux?.value ?? null, ctx)) {
    const s = setting(e, `securityContext.seLinuxOptions.${key}`, ctx, text2);
    if (s) spec.securityOpt.push(as(s, s.value === void 0 ? void 0 : `label=${key}:${s.value}`));
  }
  spec.sysctls = pod.sysctls;
  for (const it of items(c.get("ports")?.value ?? null, ctx)) {
    const s = setting(fields(it.value, ctx).get("hostPort"), "hostPort", ctx, integer2);
    if (s && s.value !== 0) spec.hostPorts.push(s);
  }
  spec.volumes = mounts(c.get("volumeMounts"), pod);
  spec.env = containerEnv(c.get("env"), ctx);
  for (const k of Object.keys(spec)) if (spec[k] === void 0) delete spec[k];
  const role = type === "init" ? "init container" : type === "ephemeral" ? "ephemeral container" : "container";
  const context = {
    service: `${pod.label}, ${role} ${name}`,
    ...spec.image?.value ? { image: spec.image.value } : {}
  };
  return { model: spec, context };
}
function containerEnv(entry, ctx) {
  const out = [];
  for (const it of items(entry?.value ?? null, ctx)) {
    const f = fields(it.value, ctx);
    const nameEntry = f.get("name");
    const name = scalarString(nameEntry?.value ?? null);
    if (name === void 0 || !nameEntry) continue;
    const nameRange = rangeOfNode(nameEntry.written, ctx);
    const valueEntry = f.get("value");
    const text3 = scalarString(valueEntry?.value ?? null);
    if (f.has("valueFrom")) {
      out.push({ name, source: "valueFrom", range: nameRange, nameRange, key: "env" });
    } else if (text3 !== void 0 && valueEntry) {
      const range = rangeOfNode(valueEntry.written, ctx);
      out.push({ name, ...kubernetesEnvValue(text3), range, nameRange, key: "env" });
    }
  }
  return out;
}
function firstLine(r) {
  return r.endLine === r.line ? r : { line: r.line, column: r.column, endLine: r.line, endColumn: r.column + 1 };
}
function capabilityList(entry, key, ctx) {
  if (!entry) return [];
  const out = [];
  for (const it of items(entry.value, ctx)) {
    const s = valueSetting(it.value, it.written, rangeOfNode(it.written, ctx), key, ctx, text2);
    if (s) out.push(s.value === void 0 ? s : { ...s, value: normaliseCapability(s.value) });
  }
  return out;
}
function profileSetting(kind, containerField, podField, pod, container) {
  const { ctx } = pod;
  const fieldName = kind === "seccomp" ? "seccompProfile" : "appArmorProfile";
  const annotation = (key) => pod.annotations.get(key);
  const containerAnnotation = annotation(
    kind === "seccomp" ? `container.seccomp.security.alpha.kubernetes.io/${container}` : `container.apparmor.security.beta.kubernetes.io/${container}`
  );
  const podAnnotation = kind === "seccomp" ? annotation("seccomp.security.alpha.kubernetes.io/pod") : void 0;
  const fromField = (field) => {
    const own = fields(field?.value ?? null, ctx);
    const s = setting(own.get("type"), `securityContext.${fieldName}.type`, ctx, text2);
    if (!s || s.value === void 0) return s;
    const profile = scalarString(own.get("localhostProfile")?.value ?? null) ?? "";
    const value = s.value === "Unconfined" ? "unconfined" : s.value === "RuntimeDefault" ? "runtime/default" : s.value === "Localhost" ? `localhost/${profile}` : s.value;
    return as(s, `${kind}=${value}`);
  };
  const fromAnnotation = (e) => {
    const s = setting(e, e?.key ?? "", ctx, text2);
    if (!s || s.value === void 0) return s;
    const v = s.value.trim();
    return as(s, `${kind}=${v.toLowerCase() === "unconfined" ? "unconfined" : v}`);
  };
  return fromField(containerField) ?? fromAnnotation(containerAnnotation) ?? fromField(podField) ?? fromAnnotation(podAnnotation);
}
function mounts(entry, pod) {
  const { ctx } = pod;
  const out = [];
  if (!entry) return out;
  for (const it of items(entry.value, ctx)) {
    const m = fields(it.value, ctx);
    const volumeName = scalarString(m.get("name")?.value ?? null);
    const target = scalarString(m.get("mountPath")?.value ?? null);
    const readOnly = scalarString(m.get("readOnly")?.value ?? null) === "true";
    const volume = volumeName === void 0 ? void 0 : pod.volumes.get(volumeName);
    if (!volume) continue;
    const volumeType = volume.entry.key;
    const source = fields(volume.entry.value, ctx);
    let type = "volume";
    let hostPath;
    let range = rangeOfEntry(volume.entry, ctx);
    let raw = volumeType;
    if (volumeType === "hostPath") {
      type = "bind";
      const pathEntry = source.get("path");
      hostPath = scalarString(pathEntry?.value ?? null);
      if (pathEntry) {
        range = rangeOfEntry(pathEntry, ctx);
        raw = sourceOf(pathEntry.written, ctx);
      }
    } else if (volumeType === "emptyDir" && scalarString(source.get("medium")?.value ?? null) === "Memory") {
      type = "tmpfs";
    }
    const opaque = hostPath !== void 0 && PLACEHOLDER.test(hostPath);
    out.push({
      type,
      ...hostPath !== void 0 ? { source: hostPath } : {},
      ...target !== void 0 ? { target } : {},
      readOnly,
      volumeType,
      ...opaque ? { opaque: true } : {},
      raw,
      range,
      key: volumeType === "hostPath" ? "hostPath.path" : `volumes.${volumeType}`
    });
  }
  return out;
}

// src/targets/runtime/workflow.ts
var import_yaml7 = __toESM(require_dist(), 1);
var NON_POSIX_SHELLS = /^(?:python|cmd|powershell|pwsh)\b/;
function mapped(node, ctx) {
  const range = node.range ?? [0, 0, 0];
  return scalarText(ctx.text, range, (0, import_yaml7.isScalar)(node) ? node.type : void 0);
}
function containerUnit2(entry, label, job, file, ctx, out) {
  const spec = emptySpec(
    { file, kind: "workflow", syntax: "cli", name: label, range: rangeOfEntry(entry, ctx), job },
    "docker"
  );
  spec.lifetime = "task";
  const node = entry.value;
  const imageNode = (0, import_yaml7.isMap)(node) ? get(node, "image", ctx)?.value ?? null : node;
  const image = scalarString(imageNode);
  if (image !== void 0 && imageNode) {
    const opaque = image.includes("${{");
    spec.image = {
      raw: sourceOf(imageNode, ctx),
      range: rangeOfNode(imageNode, ctx),
      key: "image",
      ...opaque ? { opaque: true } : { value: image }
    };
  } else if ((0, import_yaml7.isMap)(node) && !get(node, "image", ctx)) {
    return;
  }
  if ((0, import_yaml7.isMap)(node)) {
    spec.env = yamlEnv(get(node, "env", ctx)?.value ?? null, "env", ctx, workflowEnvValue);
    const options = get(node, "options", ctx);
    if (options?.value && (0, import_yaml7.isScalar)(options.value) && typeof options.value.value === "string") {
      const text3 = mapped(options.value, ctx);
      const parsed = parseShell(text3.text, { dockerfileContinuations: false });
      const words = parsed.commands.flatMap((c) => [...c.assignments, ...c.words]).sort((a, b) => a.start - b.start).map(cliWord);
      const args = parseRunArgs(words, false);
      const rangeOf = (s, e) => text3.rangeOf(ctx.index, s, e);
      if (args.opaqueFlags.length > 0) {
        spec.incomplete = `flags may come from ${args.opaqueFlags.map((w) => w.raw).join(", ")}`;
      }
      applyFlags(spec, args.flags, rangeOf);
    }
    for (const it of items(get(node, "volumes", ctx)?.value ?? null, ctx)) {
      const v = scalarString(it.value);
      if (v === void 0) continue;
      const opaque = v.includes("${{");
      spec.volumes.push({
        ...parseVolumeSpec(v, opaque),
        raw: sourceOf(it.written, ctx),
        range: rangeOfNode(it.written, ctx),
        key: "volumes"
      });
    }
  }
  out.units.push({
    model: spec,
    context: { service: label, ...spec.image?.value ? { image: spec.image.value } : {} }
  });
}
function envUnit(entry, label, scope, job, file, ctx, out) {
  if (!entry) return;
  const env = yamlEnv(entry.value, "env", ctx, workflowEnvValue);
  if (env.length === 0) return;
  const spec = emptySpec(
    {
      file,
      kind: "workflow",
      syntax: "cli",
      name: label,
      range: rangeOfNode(entry.keyNode, ctx),
      envScope: scope,
      ...job !== void 0 ? { job } : {}
    },
    "unknown"
  );
  spec.incomplete = `${label} is not a container: only its variables are checked`;
  spec.env = env;
  out.units.push({ model: spec, context: { service: label } });
}
function shellOf(node, ctx) {
  return scalarString(
    get(get(get(node, "defaults", ctx)?.value ?? null, "run", ctx)?.value ?? null, "shell", ctx)?.value ?? null
  );
}
function workflowUnits(ctx, file) {
  const out = { units: [], comments: [], problems: [] };
  const root = ctx.doc.contents;
  const workflowShell = shellOf(root, ctx);
  envUnit(get(root, "env", ctx), "workflow env", "workflow", void 0, file, ctx, out);
  for (const job of entries(get(root, "jobs", ctx)?.value ?? null, ctx)) {
    if (!(0, import_yaml7.isMap)(job.value)) continue;
    const id = job.key;
    envUnit(get(job.value, "env", ctx), `job ${id}: env`, "job", id, file, ctx, out);
    const container = get(job.value, "container", ctx);
    if (container && container.value !== null)
      containerUnit2(container, `job ${id}: container`, id, file, ctx, out);
    for (const svc of entries(get(job.value, "services", ctx)?.value ?? null, ctx)) {
      if (svc.value !== null) containerUnit2(svc, `job ${id}: service ${svc.key}`, id, file, ctx, out);
    }
    const jobShell = shellOf(job.value, ctx) ?? workflowShell;
    items(get(job.value, "steps", ctx)?.value ?? null, ctx).forEach((step, n) => {
      const stepName = scalarString(get(step.value, "name", ctx)?.value ?? null) ?? scalarString(get(step.value, "id", ctx)?.value ?? null);
      const stepLabel = stepName !== void 0 ? `step "${stepName}"` : `step ${n + 1}`;
      envUnit(get(step.value, "env", ctx), `job ${id}, ${stepLabel}: env`, "step", id, file, ctx, out);
      const run = get(step.value, "run", ctx);
      if (!run?.value || !(0, import_yaml7.isScalar)(run.value) || typeof run.value.value !== "string") return;
      const shell = scalarString(get(step.value, "shell", ctx)?.value ?? null) ?? jobShell;
      if (shell && NON_POSIX_SHELLS.test(shell.trim())) return;
      const label = stepLabel;
      const text3 = mapped(run.value, ctx);
      const r = scriptUnits(text3.text, {
        file,
        kind: "workflow",
        rangeOf: (s, e) => text3.rangeOf(ctx.index, s, e),
        job: id,
        contextPrefix: `job ${id}, ${label}`
      });
      for (const u of r.units) out.units.push(u);
      for (const p of r.problems) out.problems.push(p);
      for (const c of r.comments) out.comments.push(c);
    });
  }
  return out;
}

// src/targets/runtime/index.ts
var YAML_EXT = /\.ya?ml$/i;
var COMPOSE_NAME = /^(?:docker-compose.*|compose(?:\..+)?|podman-compose.*)\.ya?ml$/i;
var WORKFLOW_PATH = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
var SHELL_EXT = /\.(?:sh|bash)$/i;
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash"]);
var MAKEFILE_NAME = /^(?:GNUmakefile|[Mm]akefile)$|\.(?:mk|make)$/;
function hasTopLevelServicesMap(head) {
  const m = /^services:[ \t]*(?:#.*)?\r?\n((?:[ \t]*(?:#.*)?\r?\n)*)([ \t]+)([^\s#-][^\n]*)/m.exec(head);
  return !!m && /^["']?[\w.-]+["']?[ \t]*:/.test(m[3]);
}
function isComposeFile(relPath, head) {
  const base = path4.posix.basename(relPath);
  if (WORKFLOW_PATH.test(relPath)) return false;
  if (COMPOSE_NAME.test(base)) return true;
  return YAML_EXT.test(base) && !/\.gitlab-ci\.ya?ml$/i.test(base) && hasTopLevelServicesMap(head);
}
function dedupeComments(comments) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const c of comments) {
    const k = `${c.range.line}:${c.range.column}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
  }
  return out.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
}
function looksLikeKubernetes(head) {
  const key = (k) => new RegExp(`^[ \\t{,-]*(?:${k}|"${k}"|'${k}')[ \\t]*:|[{,][ \\t]*"${k}"[ \\t]*:`, "m");
  return key("apiVersion").test(head) && key("kind").test(head);
}
function isKubernetesFile(relPath, head) {
  return YAML_EXT.test(relPath) && !WORKFLOW_PATH.test(relPath) && looksLikeKubernetes(head);
}
var HELM_ACTION = /\{\{-?\s*(?:(?:include|toYaml|tpl|required|template|define)\b|\$?\.(?:Values|Release|Chart|Capabilities|Files)\b)/;
var SUPPRESSION_WORD = /layerguard|hadolint|check\s*=/i;
var TEMPLATE_MARK = /\{\{|\{%/;
function lineOf(text3, re) {
  const m = re.exec(text3);
  return m ? text3.slice(0, m.index).split("\n").length : 1;
}
function loadYamlTarget(relPath, text3, read) {
  const index = new LineIndex(text3);
  if (read === "kubernetes" && HELM_ACTION.test(text3)) return skippedTemplate(relPath, text3, HELM_ACTION);
  const target = emptyTarget(relPath, text3);
  const comments = SUPPRESSION_WORD.test(text3) ? yamlComments(text3, index) : [];
  const parsed = parseYaml(text3, index);
  for (const p of parsed.problems) target.problems.push(p);
  if (read === "kubernetes" && parsed.problems.length > 0 && TEMPLATE_MARK.test(text3)) {
    return skippedTemplate(relPath, text3, TEMPLATE_MARK);
  }
  const units = [];
  const kinds = /* @__PURE__ */ new Set();
  let objects = 0;
  for (const ctx of parsed.docs) {
    try {
      if (read === "kubernetes") {
        if (!isKubernetesDocument(ctx)) continue;
        const r = kubernetesUnits(ctx, relPath);
        objects += r.objects;
        for (const u of r.units) units.push(u);
        for (const k of r.kinds) kinds.add(k);
      } else if (read === "compose") {
        if (isComposeDocument(ctx)) for (const u of composeUnits(ctx, relPath)) units.push(u);
      } else {
        const r = workflowUnits(ctx, relPath);
        for (const u of r.units) units.push(u);
        for (const p of r.problems) target.problems.push(p);
        for (const c of r.comments) comments.push(c);
      }
    } catch (e) {
      if (!(e instanceof AliasBudgetError)) throw e;
      target.problems.push({ message: e.message, range: index.range(0, 0) });
    }
  }
  target.units = units;
  target.comments = dedupeComments(comments);
  const containers = units.filter((u) => !u.model.source.envScope).length;
  target.stats = { format: read, containers };
  if (read === "kubernetes" && units.length === 0 && target.problems.length === 0) {
    const workloads = [...kinds].filter((k) => WORKLOAD_KINDS.includes(k));
    target.stats.skipped = objects === 0 ? "no Kubernetes object (apiVersion and kind) in the file" : workloads.length > 0 ? `its workloads (${workloads.join(", ")}) have no containers` : `no workload (${WORKLOAD_KINDS.join(", ")}) in the file, only ${[...kinds].slice(0, 10).join(", ")}${kinds.size > 10 ? "\u2026" : ""}`;
    target.stats.quiet = true;
  }
  return target;
}
function emptyTarget(relPath, text3) {
  return { kind: "runtime", file: relPath, text: text3, units: [], problems: [], comments: [] };
}
function skippedTemplate(relPath, text3, mark) {
  const line = lineOf(text3, mark);
  return {
    ...emptyTarget(relPath, text3),
    stats: {
      format: "kubernetes",
      containers: 0,
      skipped: `not checked: it holds template syntax ({{ }} or {% %}, line ${line}), so it is not a manifest until rendered; check the rendered output instead, e.g. \`helm template RELEASE CHART | layerguard check -\``
    }
  };
}
function loadKubernetesFile(relPath, text3) {
  return loadYamlTarget(relPath, text3, "kubernetes");
}
function loadComposeFile(relPath, text3) {
  return loadYamlTarget(relPath, text3, "compose");
}
function loadWorkflowFile(relPath, text3) {
  return loadYamlTarget(relPath, text3, "workflow");
}
var composeTarget = {
  kind: "runtime",
  claims: (relPath, head) => isComposeFile(relPath, head),
  claimsExplicit: (relPath, head) => isComposeFile(relPath, head) || YAML_EXT.test(relPath) && !WORKFLOW_PATH.test(relPath) && /^services:/m.test(head),
  load: (relPath, text3) => loadComposeFile(relPath, text3)
};
var workflowTarget = {
  kind: "runtime",
  claims: (relPath) => WORKFLOW_PATH.test(relPath),
  claimsExplicit: (relPath, head) => WORKFLOW_PATH.test(relPath) || YAML_EXT.test(relPath) && /^jobs:/m.test(head) && /^(?:on|"on"|'on'|true):/m.test(head),
  load: (relPath, text3) => loadWorkflowFile(relPath, text3)
};
var kubernetesTarget = {
  kind: "runtime",
  claims: (relPath, head) => isKubernetesFile(relPath, head),
  // Named explicitly or read from standard input (`helm template … | layerguard check -`), the content decides.
  claimsExplicit: (relPath, head) => !WORKFLOW_PATH.test(relPath) && looksLikeKubernetes(head),
  load: (relPath, text3) => loadKubernetesFile(relPath, text3)
};
function shebangInterpreter(head) {
  if (!head.startsWith("#!")) return void 0;
  const words = head.slice(2, head.indexOf("\n") < 0 ? void 0 : head.indexOf("\n")).trim().split(/[ \t]+/);
  let i = 0;
  const base = (w) => (w ?? "").slice((w ?? "").lastIndexOf("/") + 1);
  if (base(words[0]) === "env") {
    i = 1;
    while (i < words.length && (words[i].startsWith("-") || /^\w+=/.test(words[i]))) i++;
  }
  return base(words[i]) || void 0;
}
function isShellScript(relPath, head) {
  if (SHELL_EXT.test(relPath)) return true;
  const interpreter = shebangInterpreter(head);
  return interpreter !== void 0 && SHELLS.has(interpreter);
}
var shellTarget = {
  kind: "runtime",
  claims: (relPath, head) => isShellScript(relPath, head),
  load: (relPath, text3) => loadShellScript(relPath, text3)
};
var makefileTarget = {
  kind: "runtime",
  claims: (relPath) => MAKEFILE_NAME.test(path4.posix.basename(relPath)),
  load: (relPath, text3) => loadMakefile(relPath, text3)
};
var RUNTIME_TARGETS = [
  workflowTarget,
  composeTarget,
  kubernetesTarget,
  makefileTarget,
  shellTarget
];

// src/targets/index.ts
var FILE_TARGETS = [
  // Kinds that recognise their files by content come before the Dockerfile kind, which takes any
  // file named explicitly.
  ...RUNTIME_TARGETS,
  dockerfileTarget
];

// src/engine/workers.ts
var WORKER_MIN_FILES = 200;
var WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };
var PER_WORKER_WINDOW = 32;
var WORKER_MIN_CORES = 4;
function workerCount(jobs, files) {
  if (jobs !== void 0) return Math.max(1, Math.floor(jobs));
  const cores = os2.availableParallelism?.() ?? os2.cpus().length;
  return files >= WORKER_MIN_FILES && cores >= WORKER_MIN_CORES ? Math.min(cores, 4) : 1;
}
function workerEntry() {
  const bundled = new URL("./check-worker.js", import.meta.url);
  if (existsSync(bundled)) return { code: bundled, eval: false };
  const source = new URL("./check-worker.ts", import.meta.url);
  if (!existsSync(source)) return void 0;
  let api;
  try {
    api = pathToFileURL(
      createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")
    ).href;
  } catch {
    return void 0;
  }
  const code = `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(source.href)}, ${JSON.stringify(source.href)}))`;
  return { code, eval: true };
}
async function checkOnWorkers(files, jobs, init, runner, onChecked, fallback) {
  const entry = workerEntry();
  let next = 0;
  const orphans = [];
  if (!entry) jobs = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, files.length) }, () => {
      return new Promise((resolve) => {
        const inFlight = /* @__PURE__ */ new Set();
        let done = false;
        const worker = new Worker(entry.code, {
          workerData: init,
          eval: entry.eval,
          resourceLimits: WORKER_LIMITS
        });
        const finish = () => {
          if (done) return;
          done = true;
          void worker.terminate();
          resolve();
        };
        const feed = () => {
          while (inFlight.size < PER_WORKER_WINDOW && next < files.length) {
            const index = next++;
            const f = files[index];
            inFlight.add(index);
            const job = {
              type: "file",
              index,
              relPath: f.relPath,
              absPath: f.absPath,
              kind: f.kind,
              handler: FILE_TARGETS.indexOf(f.handler)
            };
            worker.postMessage(job);
          }
          if (inFlight.size === 0) finish();
        };
        worker.on("message", (msg) => {
          if (msg.type === "checked") {
            inFlight.delete(msg.index);
            onChecked(deserialize(msg.data), msg.index);
            feed();
            return;
          }
          runner.check(msg.job).then(
            (comments) => worker.postMessage({ type: "shellcheck", id: msg.id, comments }),
            (e) => worker.postMessage({
              type: "shellcheck",
              id: msg.id,
              error: { message: e.message, code: e.code }
            })
          );
        });
        worker.on("error", () => {
          orphans.push(...inFlight);
          inFlight.clear();
          finish();
        });
        worker.on("exit", () => {
          orphans.push(...inFlight);
          inFlight.clear();
          finish();
        });
        feed();
      });
    })
  );
  while (next < files.length) orphans.push(next++);
  for (const index of orphans.sort((a, b) => a - b)) await fallback(files[index], index);
}

export {
  DOCKER_HUB,
  templatePlaceholders,
  parseImageRef,
  imageMatches,
  globMatch,
  expandVars,
  referencedVars,
  basename,
  parseDockerfile,
  joinContinuations,
  ShellcheckRunner,
  FILE_TARGETS,
  WORKER_MIN_FILES,
  WORKER_MIN_CORES,
  workerCount,
  workerEntry,
  checkOnWorkers
};
