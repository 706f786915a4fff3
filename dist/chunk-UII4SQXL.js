import { createRequire as __lgCreateRequire } from 'node:module';
const require = __lgCreateRequire(import.meta.url);
import {
  formatBytes as formatBytes2,
  formatDelta,
  historyToDockerfile,
  parseCreatedBy,
  parseSize
} from "./chunk-7AJUONT3.js";
import {
  compileRegex
} from "./chunk-3MTITDVE.js";
import {
  KNOWN_INSTRUCTIONS
} from "./chunk-2TR3644I.js";
import {
  VERSION
} from "./chunk-PE7UAB63.js";
import {
  formatBytes,
  normaliseHostPath,
  parseMemory
} from "./chunk-LAZJ3NYX.js";
import {
  analyseImage,
  compareImages
} from "./chunk-WKSGSSAF.js";
import {
  require_picomatch
} from "./chunk-VOMKYOLP.js";
import {
  __commonJS,
  __esm,
  __export,
  __toCommonJS,
  __toESM
} from "./chunk-YJ6SUC6Q.js";

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
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
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
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
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
      function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
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
      function create(range, text) {
        return { range, text };
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
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
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
        let text = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          const e = sortedEdits[i];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text;
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
          const text = this._content;
          let isLineStart = true;
          for (let i = 0; i < text.length; i++) {
            if (isLineStart) {
              lineOffsets.push(i);
              isLineStart = false;
            }
            const ch = text.charAt(i);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
              i++;
            }
          }
          if (isLineStart && text.length > 0) {
            lineOffsets.push(text.length);
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
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
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
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
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
        const text = document.getText();
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
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
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
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
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
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
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
        const path3 = this.getPath();
        if (path3 === null || path3.startsWith("/")) {
          return path3;
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
              return parent.endsWith("/") ? parent + path3 : parent + "/" + path3;
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

// src/rules/define.ts
var DOCS_BASE_URL = `https://github.com/layerguard/layerguard/blob/v${VERSION}/`;
function docsPathOf(id) {
  return `docs/rules/${id.replace("/", "-")}.md`;
}
function defineRule(def) {
  const slash = def.id.indexOf("/");
  const kind = def.id.slice(0, slash);
  const name = def.id.slice(slash + 1);
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) throw new Error(`rule id ${def.id} is not kebab-case`);
  const defaultOptions = {};
  for (const [key, schema] of Object.entries(def.options ?? {})) defaultOptions[key] = schema.default;
  for (const key of Object.keys(def.hadolintOptions ?? {}))
    if (!(key in defaultOptions)) throw new Error(`rule ${def.id}: hadolintOptions names no option ${key}`);
  return { ...def, kind, name, docsPath: docsPathOf(def.id), aliases: def.aliases ?? [], defaultOptions };
}

// src/targets/dockerfile/parse.ts
var import_dockerfile_ast = __toESM(require_main(), 1);

// src/targets/image-ref.ts
var DOCKER_HUB = "docker.io";
var TEMPLATE_PLACEHOLDER = /\{\{.*?\}\}|\{%.*?%\}|<%.*?%>|%%[A-Za-z0-9_.-]+%%|@[A-Za-z_][A-Za-z0-9_]*@|#[A-Za-z_][A-Za-z0-9_]*#/g;
function templatePlaceholders(text) {
  return text.match(TEMPLATE_PLACEHOLDER) ?? [];
}
function templateWord(text) {
  const placeholders = templatePlaceholders(text);
  if (placeholders.length === 0) return void 0;
  const masked2 = text.replace(TEMPLATE_PLACEHOLDER, (m2) => "x".repeat(m2.length));
  const m = /\S+/.exec(masked2);
  if (!m) return void 0;
  const word = text.slice(m.index, m.index + m[0].length);
  return { word, start: m.index, placeholders: templatePlaceholders(word) };
}
function parseImageRef(text, raw = text) {
  let rest = text.trim();
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1) || void 0;
    rest = rest.slice(0, at);
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
    text,
    registry,
    registryExplicit,
    repository,
    name,
    tag,
    digest,
    scratch: text.trim().toLowerCase() === "scratch"
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
function globMatch(pattern, text) {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== "*" && pattern[p] === text[t]) {
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
function dockerClean(text, esc) {
  const n = text.length;
  let i = text.indexOf(esc);
  if (i < 0) return null;
  let parts = null;
  const clean = [0];
  const orig = [0];
  let segStart = 0;
  let cleanLen = 0;
  while (i >= 0) {
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === CH_SPACE || c === CH_TAB || c === CH_CR) j++;
      else break;
    }
    if (j < n && text.charCodeAt(j) === CH_NL) {
      if (parts === null) parts = [];
      parts.push(text.slice(segStart, i));
      cleanLen += i - segStart;
      let k = j + 1;
      for (; ; ) {
        let m = k;
        while (m < n) {
          const c = text.charCodeAt(m);
          if (c === CH_SPACE || c === CH_TAB || c === CH_CR) m++;
          else break;
        }
        if (m < n && text.charCodeAt(m) === CH_NL) {
          k = m + 1;
          continue;
        }
        if (m < n && text.charCodeAt(m) === CH_HASH) {
          const nl = text.indexOf("\n", m);
          k = nl < 0 ? n : nl + 1;
          continue;
        }
        break;
      }
      segStart = k;
      clean.push(cleanLen);
      orig.push(k);
      i = k < n ? text.indexOf(esc, k) : -1;
    } else {
      i = text.indexOf(esc, i + 1);
    }
  }
  if (parts === null) return null;
  parts.push(text.slice(segStart));
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
  constructor(text, options) {
    this.text = text;
    this.base = typeof options.baseOffset === "number" && Number.isFinite(options.baseOffset) ? options.baseOffset : 0;
    const esc = options.escapeChar === "`" ? "`" : "\\";
    this.bs = esc === "\\";
    this.dockerMode = options.dockerfileContinuations === true;
    const cleaned = this.dockerMode ? dockerClean(text, esc) : null;
    if (cleaned) {
      this.src = cleaned.src;
      this.segClean = cleaned.clean;
      this.segOrig = cleaned.orig;
    } else {
      this.src = text;
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
  enter(at) {
    if (++this.nest > MAX_NEST) {
      this.error("nesting too deep; the rest of the script is not parsed", at, at);
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
  body(at) {
    this.enter(at);
    this.depth++;
    this.parseList();
    this.depth--;
    this.leave();
  }
  expectKw(kw, what, at) {
    if (this.isKw(kw)) {
      this.consume();
      return true;
    }
    this.error(`expected '${kw}' ${what}, found ${this.describe()}`, at, this.tokEnd > at ? this.tokEnd : at);
    return false;
  }
  parseTrailingRedirects() {
    while (this.peek() === T_REDIR) this.parseRedirect();
  }
  parseIf() {
    const at = this.tokStart;
    this.consume();
    this.body(at);
    if (!this.expectKw("then", "after 'if' condition", at)) return;
    this.body(at);
    for (; ; ) {
      if (this.isKw("elif")) {
        this.consume();
        this.body(at);
        if (!this.expectKw("then", "after 'elif' condition", at)) return;
        this.body(at);
        continue;
      }
      if (this.isKw("else")) {
        this.consume();
        this.body(at);
      }
      break;
    }
    if (!this.expectKw("fi", "to close 'if'", at)) return;
    this.parseTrailingRedirects();
  }
  parseWhile() {
    const at = this.tokStart;
    this.consume();
    this.body(at);
    if (!this.expectKw("do", "after loop condition", at)) return;
    this.body(at);
    if (!this.expectKw("done", "to close loop", at)) return;
    this.parseTrailingRedirects();
  }
  parseFor() {
    const at = this.tokStart;
    const kw = this.tokWord.value;
    this.consume();
    let t = this.peek();
    if (t === T_OP && this.tokOp === "(" && this.src.charCodeAt(this.tokStart + 1) === CH_LPAREN) {
      const q = this.forArithEnd(this.tokStart);
      if (q < 0) {
        this.error(`unterminated '${kw} ((\u2026))'`, at, this.end);
        this.pos = this.end;
        this.hasTok = false;
        return;
      }
      this.pos = q;
      this.hasTok = false;
      if (this.peek() === T_NL || this.isOp(";")) this.consume();
    } else {
      if (t !== T_WORD) {
        this.error(`expected a variable name after '${kw}'`, at, this.tokEnd);
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
    if (!this.expectKw("do", `in '${kw}' loop`, at)) return;
    this.body(at);
    if (!this.expectKw("done", `to close '${kw}' loop`, at)) return;
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
    const at = this.tokStart;
    this.consume();
    if (this.peek() !== T_WORD) {
      this.error("expected a word after 'case'", at, this.tokEnd);
      return;
    }
    this.consume();
    this.skipNewlines();
    if (!this.expectKw("in", "after 'case' word", at)) return;
    for (; ; ) {
      this.skipNewlines();
      if (this.isKw("esac")) {
        this.consume();
        break;
      }
      if (this.peek() === T_EOF) {
        this.error("expected 'esac' to close 'case'", at, this.end);
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
      this.body(at);
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
    const at = this.tokStart;
    this.consume();
    this.body(at);
    if (!this.expectKw("}", "to close '{'", at)) return;
    this.parseTrailingRedirects();
  }
  parseSubshell() {
    const at = this.tokStart;
    this.consume();
    if (at + 1 < this.end && this.src.charCodeAt(at + 1) === CH_LPAREN) {
      const q = this.arithEnd(at);
      if (q >= 0) {
        this.scanArithBody(at + 2, q - 2);
        this.pos = q;
        this.hasTok = false;
        this.parseTrailingRedirects();
        return;
      }
    }
    const savedSubshell = this.subshellDepth;
    this.subshellDepth++;
    this.body(at);
    this.subshellDepth = savedSubshell;
    if (this.isOp(")")) this.consume();
    else {
      this.error(`expected ')' to close subshell, found ${this.describe()}`, at, at + 1);
      return;
    }
    this.parseTrailingRedirects();
  }
  /** The body of a function definition (after `name()` or `function name`). */
  parseFunctionBody(at) {
    this.skipNewlines();
    this.enter(at);
    this.parseCommand(this.pipelines++, null, false);
    this.leave();
  }
  parseFunctionKeyword() {
    const at = this.tokStart;
    this.consume();
    if (this.peek() !== T_WORD) {
      this.error("expected a function name after 'function'", at, this.tokEnd);
      return;
    }
    this.consume();
    if (this.isOp("(")) {
      this.consume();
      if (this.isOp(")")) this.consume();
      else this.error("expected ')' in function definition", this.tokStart, this.tokEnd);
    }
    this.parseFunctionBody(at);
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
function parseShell(text, options = {}) {
  const src = typeof text === "string" ? text : String(text ?? "");
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
function expandVars(text, scope, escapeChar = "\\", depth = 0) {
  if (!text.includes("$") || depth > MAX_EXPANSION_DEPTH)
    return { value: text, unresolved: [], substituted: false };
  const unresolved = [];
  let substituted = false;
  let out = "";
  let i = 0;
  const lookup = (name) => scope.get(name)?.value;
  while (i < text.length) {
    if (out.length > MAX_EXPANSION_LENGTH) {
      out = out.slice(0, MAX_EXPANSION_LENGTH);
      break;
    }
    const c = text[i];
    if (c === escapeChar && text[i + 1] === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    if (text[i + 1] === "{") {
      const close = findClose(text, i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      const inner = text.slice(i + 2, close);
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
    if (i + 1 < text.length && NAME_START.test(text[i + 1])) {
      let j = i + 2;
      while (j < text.length && NAME_CHAR.test(text[j])) j++;
      const name = text.slice(i + 1, j);
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
function findClose(text, from) {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    if (text[j] === "{") depth++;
    else if (text[j] === "}" && --depth === 0) return j;
  }
  return -1;
}
function braceCloses(text) {
  const out = new Int32Array(text.length).fill(-1);
  const open = [];
  for (let j = 0; j < text.length; j++) {
    if (text[j] === "{") open.push(j);
    else if (text[j] === "}" && open.length > 0) out[open.pop()] = j;
  }
  return out;
}
function referencedVars(text, escapeChar = "\\") {
  const refs = [];
  let closes;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === escapeChar && text[i + 1] === "$") {
      i++;
      continue;
    }
    if (text[i] !== "$") continue;
    if (text[i + 1] === "{") {
      let j = i + 2;
      while (j < text.length && NAME_CHAR.test(text[j])) j++;
      if (j > i + 2) {
        closes ??= braceCloses(text);
        const close = closes[i + 1];
        refs.push({ name: text.slice(i + 2, j), start: i, end: close < 0 ? j : close + 1 });
      }
    } else if (NAME_START.test(text[i + 1] ?? "")) {
      let j = i + 2;
      while (j < text.length && NAME_CHAR.test(text[j])) j++;
      refs.push({ name: text.slice(i + 1, j), start: i, end: j });
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
    const at = this.length++;
    let history = this.byName.get(binding.name);
    if (!history) {
      history = [];
      this.byName.set(binding.name, history);
      this.names.push(binding.name);
    }
    history.push({ at, binding });
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
function parseDockerfile(text, path3, options = {}) {
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const lines = text.split("\n");
  const lineStarts = new Array(lines.length);
  for (let i = 0, off = 0; i < lines.length; i++) {
    lineStarts[i] = off;
    off += lines[i].length + 1;
  }
  const offsetOf = (p) => (lineStarts[p.line] ?? text.length) + p.character;
  const toRange = (r) => ({
    line: r.start.line + 1,
    column: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1
  });
  const rangeOf = (start, end) => {
    const a = posAt(lineStarts, Math.max(0, Math.min(start, text.length)));
    const b = posAt(lineStarts, Math.max(0, Math.min(Math.max(end, start), text.length)));
    return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
  };
  const ast = import_dockerfile_ast.DockerfileParser.parse(text);
  const escapeChar = ast.getEscapeCharacter() === "`" ? "`" : "\\";
  const directives = ast.getDirectives().map((d) => ({
    name: d.getName().toLowerCase(),
    value: d.getValue(),
    range: toRange(d.getRange())
  }));
  const comments = ast.getComments().map((c) => ({ text: c.getContent().trim(), range: toRange(c.getRange()) }));
  const model = {
    path: path3,
    text,
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
        const rawEq = text.indexOf("=", start);
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
    const argsText = text.slice(argsOffset, Math.max(argsOffset, endOffset));
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
        const delimiterAt = content ? delimiterLineIn(text, bodyOffset, bodyEnd, name) : -1;
        if (delimiterAt >= 0) bodyEnd = Math.max(bodyOffset, delimiterAt - 1);
        const body = text.slice(bodyOffset, bodyEnd);
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
function delimiterLineIn(text, start, end, name) {
  for (let lineStart = start; lineStart <= end; ) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (text.charCodeAt(i) === 9) i++;
    if (lineEnd - i === name.length && text.startsWith(name, i)) return lineStart;
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
    const as = /^\s+as\s+(\S+)/i.exec(rest);
    if (as) {
      nameRaw = as[1];
      name = nameRaw.toLowerCase();
      const at = from.argsOffset + tpl.start + tpl.word.length + as[0].length - as[1].length;
      nameRange = rangeOf(at, at + as[1].length);
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
  const at = toRange({ start, end: start });
  const from = {
    index,
    keyword: "FROM",
    keywordRaw: "",
    range: at,
    keywordRange: at,
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
  let text = inst.argsText;
  let offset = inst.argsOffset;
  if (k === "HEALTHCHECK") {
    const m = /^\s*CMD\s+/i.exec(text);
    if (!m) return;
    offset += m[0].length;
    text = text.slice(m[0].length);
    if (text.trim().startsWith("[")) return;
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
  inst.script = parseShell(text, { baseOffset: offset, escapeChar, dockerfileContinuations: true });
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

// src/rules/packages.ts
var MANAGERS = {};
function manager(id, family, system, names) {
  for (const n of names) MANAGERS[n] = { id, family, system };
}
manager("apt", "deb", true, ["apt-get", "apt", "aptitude", "xx-apt-get", "xx-apt"]);
manager("apk", "apk", true, ["apk", "xx-apk"]);
manager("dnf", "rpm", true, ["dnf", "dnf5", "dnf-3"]);
manager("yum", "rpm", true, ["yum"]);
manager("microdnf", "rpm", true, ["microdnf"]);
manager("tdnf", "rpm", true, ["tdnf"]);
manager("zypper", "zypper", true, ["zypper"]);
manager("pacman", "pacman", true, ["pacman"]);
manager("npm", "node", false, ["npm"]);
manager("yarn", "node", false, ["yarn", "yarnpkg"]);
manager("pnpm", "node", false, ["pnpm"]);
manager("bun", "node", false, ["bun"]);
manager("pip", "python", false, ["pip", "pip2", "pip3"]);
manager("poetry", "python", false, ["poetry"]);
manager("pipenv", "python", false, ["pipenv"]);
manager("uv", "python", false, ["uv"]);
manager("conda", "conda", false, ["conda", "mamba", "micromamba"]);
manager("go", "go", false, ["go"]);
manager("bundler", "ruby", false, ["bundle", "bundler"]);
manager("gem", "ruby", false, ["gem"]);
manager("composer", "php", false, ["composer"]);
manager("cargo", "rust", false, ["cargo"]);
manager("maven", "maven", false, ["mvn", "mvnw"]);
manager("gradle", "gradle", false, ["gradle", "gradlew"]);
manager("dotnet", "dotnet", false, ["dotnet"]);
function basename2(p) {
  const i = p.lastIndexOf("/");
  return i >= 0 ? p.slice(i + 1) : p;
}
var WRAPPERS = {
  sudo: {
    valueOptions: [
      "-u",
      "-g",
      "-h",
      "-p",
      "-C",
      "-D",
      "-r",
      "-t",
      "-U",
      "-T",
      "--user",
      "--group",
      "--host",
      "--prompt"
    ],
    assignments: true
  },
  doas: { valueOptions: ["-u", "-C"] },
  env: { valueOptions: ["-u", "-C", "-S", "--unset", "--chdir", "--split-string"], assignments: true },
  nice: { valueOptions: ["-n", "--adjustment"] },
  ionice: { valueOptions: ["-c", "-n", "-p", "--class", "--classdata"] },
  nohup: { valueOptions: [] },
  time: { valueOptions: ["-f", "-o", "--format", "--output"] },
  exec: { valueOptions: ["-a"] },
  command: { valueOptions: [] },
  builtin: { valueOptions: [] },
  stdbuf: { valueOptions: ["-i", "-o", "-e"] },
  timeout: { valueOptions: ["-k", "-s", "--kill-after", "--signal"], skipOperands: 1 },
  xargs: {
    valueOptions: [
      "-I",
      "-n",
      "-P",
      "-d",
      "-L",
      "-s",
      "-E",
      "-a",
      "--max-args",
      "--max-procs",
      "--delimiter",
      "--arg-file",
      "--replace"
    ]
  },
  chronic: { valueOptions: [] },
  eatmydata: { valueOptions: [] },
  fakeroot: { valueOptions: [] },
  "su-exec": { valueOptions: [], skipOperands: 1 },
  gosu: { valueOptions: [], skipOperands: 1 },
  setuidgid: { valueOptions: [], skipOperands: 1 },
  retry: { valueOptions: ["-t", "-d", "--times", "--delay"] }
};
var PYTHON = /^python(?:\d+(?:\.\d+)?)?$/;
var PYTHON_MODULES = /* @__PURE__ */ new Set(["pip", "pip3", "pipenv", "poetry", "uv", "conda"]);
var invocationCache = /* @__PURE__ */ new WeakMap();
function invocationOf(cmd) {
  if ("command" in cmd) return cmd;
  const cached = invocationCache.get(cmd);
  if (cached) return cached;
  const inv = computeInvocation(cmd);
  invocationCache.set(cmd, inv);
  return inv;
}
function computeInvocation(cmd) {
  let words = cmd.words;
  for (let guard = 0; guard < 8 && words.length > 0; guard++) {
    const prog = basename2(words[0].value);
    const wrapper = WRAPPERS[prog];
    if (wrapper) {
      if ((prog === "command" || prog === "builtin") && words[1]?.value.startsWith("-")) break;
      let i = 1;
      let operands = wrapper.skipOperands ?? 0;
      while (i < words.length) {
        const v = words[i].value;
        if (v === "--") {
          i++;
          break;
        }
        if (v.startsWith("-") && v.length > 1) {
          i += wrapper.valueOptions.includes(v) ? 2 : 1;
          continue;
        }
        if (wrapper.assignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
          i++;
          continue;
        }
        if (operands > 0) {
          operands--;
          i++;
          continue;
        }
        break;
      }
      if (i >= words.length) break;
      words = words.slice(i);
      continue;
    }
    if (PYTHON.test(prog)) {
      const m = words.findIndex((w, i) => i > 0 && w.value === "-m");
      if (m > 0 && words[m + 1] && PYTHON_MODULES.has(words[m + 1].value) && words.slice(1, m).every((w) => w.value.startsWith("-"))) {
        words = words.slice(m + 1);
        continue;
      }
      break;
    }
    if (prog === "php" && words[1] && /\.phar$/.test(words[1].value)) {
      words = words.slice(1);
      continue;
    }
    break;
  }
  let name = words.length > 0 ? basename2(words[0].value) : "";
  if (name.endsWith(".phar")) name = name.slice(0, -5);
  return { name, words, args: words.slice(1).map((w) => w.value), command: cmd };
}
function scriptOf(source) {
  if (!source) return void 0;
  return "commands" in source ? source : source.script;
}
function findCommands(source, name) {
  const script = scriptOf(source);
  if (!script) return [];
  const out = [];
  for (const cmd of script.commands) {
    if (cmd.words.length === 0) continue;
    const inv = invocationOf(cmd);
    if (!inv.name) continue;
    if (name === void 0 || typeof name === "string" && inv.name === name || typeof name === "function" && name(inv) || Array.isArray(name) && name.includes(inv.name))
      out.push(inv);
  }
  return out;
}
function packageManagerOf(cmd) {
  const inv = invocationOf(cmd);
  if (MANAGERS[inv.name]) return MANAGERS[inv.name];
  if (/^pip\d(?:\.\d+)?$/.test(inv.name)) return MANAGERS.pip;
  return null;
}
function hasOption(cmd, ...names) {
  return optionWord(cmd, names) !== void 0;
}
function optionWord(cmd, names) {
  const inv = invocationOf(cmd);
  for (const w of inv.words.slice(1)) {
    const a = w.value;
    if (a === "--") return void 0;
    if (!a.startsWith("-") || a === "-") continue;
    for (const n of names) {
      if (a === n || n.length > 2 && a.startsWith(n + "=")) return w;
      if (/^-[A-Za-z0-9]$/.test(n) && /^-[A-Za-z0-9]{2,}$/.test(a) && a.includes(n[1])) return w;
    }
  }
  return void 0;
}
function optionValue(cmd, ...names) {
  const inv = invocationOf(cmd);
  const words = inv.words;
  for (let i = 1; i < words.length; i++) {
    const a = words[i].value;
    if (a === "--") return void 0;
    for (const n of names) {
      if (a === n && words[i + 1]) return { value: words[i + 1].value, word: words[i + 1] };
      if (a.startsWith(n + "=")) return { value: a.slice(n.length + 1), word: words[i] };
      if (/^-[A-Za-z]$/.test(n) && a.startsWith(n) && a.length > 2 && !a.startsWith("--")) {
        return { value: a.slice(2), word: words[i] };
      }
    }
  }
  return void 0;
}
var VALUE_OPTIONS = {
  apt: [
    "-o",
    "-c",
    "-t",
    "-a",
    "--option",
    "--config-file",
    "--target-release",
    "--default-release",
    "--host-architecture"
  ],
  apk: [
    "-X",
    "-p",
    "-t",
    "--repository",
    "--root",
    "--arch",
    "--cache-dir",
    "--keys-dir",
    "--repositories-file",
    "--virtual",
    "--progress-fd"
  ],
  dnf: dnfOptions(),
  yum: dnfOptions(),
  microdnf: dnfOptions(),
  tdnf: dnfOptions(),
  zypper: ["-R", "-r", "-t", "--root", "--repo", "--type", "--from", "--config", "-c", "--installroot"],
  pacman: [
    "-b",
    "-r",
    "--root",
    "--dbpath",
    "--config",
    "--cachedir",
    "--ignore",
    "--ignoregroup",
    "--arch",
    "--gpgdir",
    "--hookdir",
    "--logfile",
    "--overwrite",
    "--assume-installed"
  ],
  npm: [
    "--prefix",
    "-w",
    "--workspace",
    "--registry",
    "--loglevel",
    "--cache",
    "--omit",
    "--include",
    "--only",
    "--userconfig",
    "--tag",
    "--install-strategy"
  ],
  yarn: [
    "--cwd",
    "--modules-folder",
    "--network-timeout",
    "--mutex",
    "--cache-folder",
    "--registry",
    "--network-concurrency"
  ],
  pnpm: ["-C", "--dir", "-F", "--filter", "--store-dir", "--reporter", "--registry", "--network-concurrency"],
  bun: ["--cwd", "--registry", "--cache-dir", "-c", "--config", "--backend"],
  pip: [
    "-r",
    "--requirement",
    "-c",
    "--constraint",
    "-e",
    "--editable",
    "-i",
    "--index-url",
    "--extra-index-url",
    "-f",
    "--find-links",
    "-t",
    "--target",
    "--prefix",
    "--root",
    "--src",
    "--cache-dir",
    "--trusted-host",
    "--platform",
    "--python-version",
    "--only-binary",
    "--no-binary",
    "--progress-bar",
    "--log",
    "--timeout",
    "--retries",
    "--upgrade-strategy",
    "--proxy",
    "--cert",
    "--client-cert",
    "--global-option",
    "-C",
    "--config-settings",
    "--python",
    "--report",
    "--implementation",
    "--abi",
    "--root-user-action",
    "-d",
    "--dest"
  ],
  poetry: [
    "--only",
    "--with",
    "--without",
    "-E",
    "--extras",
    "-C",
    "--directory",
    "-P",
    "--project",
    "--group",
    "-G"
  ],
  pipenv: ["--python", "--pypi-mirror", "--categories"],
  uv: [
    "-r",
    "--requirement",
    "-c",
    "--constraint",
    "--project",
    "--directory",
    "-p",
    "--python",
    "--extra",
    "--group",
    "--index-url",
    "--extra-index-url",
    "--index",
    "--package",
    "--cache-dir",
    "--only-group",
    "--no-group",
    "--target",
    "--prefix"
  ],
  conda: ["-n", "--name", "-c", "--channel", "-p", "--prefix", "-f", "--file", "--override-channels"],
  go: [
    "-C",
    "-o",
    "-ldflags",
    "-gcflags",
    "-asmflags",
    "-tags",
    "-mod",
    "-p",
    "-buildmode",
    "-pkgdir",
    "-modfile",
    "-overlay",
    "-exec",
    "-run",
    "-bench",
    "-timeout",
    "-count",
    "-coverprofile"
  ],
  bundler: [
    "--jobs",
    "-j",
    "--path",
    "--without",
    "--with",
    "--gemfile",
    "--retry",
    "--binstubs",
    "--standalone",
    "--target-rbconfig"
  ],
  gem: [
    "-v",
    "--version",
    "-i",
    "--install-dir",
    "-n",
    "--bindir",
    "--source",
    "-s",
    "--platform",
    "--document"
  ],
  composer: ["-d", "--working-dir"],
  cargo: [
    "--manifest-path",
    "-p",
    "--package",
    "--target",
    "-F",
    "--features",
    "-j",
    "--jobs",
    "--profile",
    "--bin",
    "--example",
    "--target-dir",
    "--root",
    "--version",
    "--vers",
    "-Z",
    "--config",
    "--color",
    "--git",
    "--branch",
    "--tag",
    "--rev",
    "--path",
    "--registry",
    "--index"
  ],
  maven: [
    "-f",
    "--file",
    "-s",
    "--settings",
    "-gs",
    "--global-settings",
    "-P",
    "--activate-profiles",
    "-pl",
    "--projects",
    "-T",
    "--threads",
    "-t",
    "--toolchains",
    "-l",
    "--log-file",
    "-rf",
    "--resume-from",
    "-D",
    "--define",
    "-b",
    "--builder"
  ],
  gradle: [
    "-p",
    "--project-dir",
    "-b",
    "--build-file",
    "-c",
    "--settings-file",
    "-x",
    "--exclude-task",
    "-g",
    "--gradle-user-home",
    "--console",
    "-D",
    "--system-prop",
    "-P",
    "--project-prop",
    "--init-script",
    "-I",
    "--max-workers",
    "--warning-mode",
    "--priority"
  ],
  dotnet: [
    "-c",
    "--configuration",
    "-o",
    "--output",
    "-r",
    "--runtime",
    "-f",
    "--framework",
    "-s",
    "--source",
    "-p",
    "--property",
    "-v",
    "--verbosity",
    "-a",
    "--arch",
    "--os",
    "--packages",
    "--configfile",
    "--version-suffix",
    "--lockfile-path"
  ]
};
function dnfOptions() {
  return [
    "-c",
    "--config",
    "--installroot",
    "--releasever",
    "--enablerepo",
    "--disablerepo",
    "--repo",
    "--repoid",
    "-x",
    "--exclude",
    "--setopt",
    "--forcearch",
    "--downloaddir",
    "--destdir",
    "-d",
    "--debuglevel",
    "-e",
    "--errorlevel",
    "--rpmverbosity",
    "--color",
    "--comment"
  ];
}
function operandsOf(cmd) {
  const inv = invocationOf(cmd);
  const pm = packageManagerOf(inv);
  const valueOptions = pm ? VALUE_OPTIONS[pm.id] : [];
  const out = [];
  let afterDashes = false;
  for (let i = 1; i < inv.words.length; i++) {
    const w = inv.words[i];
    const a = w.value;
    if (afterDashes) {
      out.push(w);
      continue;
    }
    if (a === "--") {
      afterDashes = true;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      if (valueOptions.includes(a)) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}
function subcommandOf(cmd) {
  return operandsOf(cmd)[0];
}
var SUB_ACTIONS = {
  apt: {
    install: ["install"],
    reinstall: ["install"],
    "build-dep": ["install"],
    satisfy: ["install"],
    update: ["update-index"],
    upgrade: ["upgrade"],
    "dist-upgrade": ["upgrade"],
    "full-upgrade": ["upgrade"],
    remove: ["remove"],
    purge: ["remove"],
    autoremove: ["remove"],
    clean: ["clean"],
    autoclean: ["clean"],
    download: ["download"],
    source: ["download"]
  },
  apk: {
    add: ["install"],
    update: ["update-index"],
    upgrade: ["upgrade"],
    del: ["remove"],
    fetch: ["download"]
  },
  zypper: {
    install: ["install"],
    in: ["install"],
    "source-install": ["install"],
    si: ["install"],
    refresh: ["update-index"],
    ref: ["update-index"],
    update: ["upgrade"],
    up: ["upgrade"],
    "dist-upgrade": ["upgrade"],
    dup: ["upgrade"],
    patch: ["upgrade"],
    remove: ["remove"],
    rm: ["remove"],
    clean: ["clean"],
    download: ["download"]
  },
  npm: {
    install: ["install"],
    i: ["install"],
    in: ["install"],
    ins: ["install"],
    isntall: ["install"],
    add: ["install"],
    ci: ["install"],
    "clean-install": ["install"],
    "install-clean": ["install"],
    ic: ["install"],
    "install-ci-test": ["install"],
    cit: ["install"],
    update: ["upgrade"],
    up: ["upgrade"],
    upgrade: ["upgrade"],
    uninstall: ["remove"],
    remove: ["remove"],
    rm: ["remove"],
    un: ["remove"]
  },
  yarn: { install: ["install"], add: ["install"], upgrade: ["upgrade"], up: ["upgrade"], remove: ["remove"] },
  pnpm: {
    install: ["install"],
    i: ["install"],
    add: ["install"],
    fetch: ["download"],
    update: ["upgrade"],
    up: ["upgrade"],
    remove: ["remove"],
    rm: ["remove"]
  },
  bun: {
    install: ["install"],
    i: ["install"],
    add: ["install"],
    update: ["upgrade"],
    remove: ["remove"],
    rm: ["remove"]
  },
  pip: { install: ["install"], download: ["download"], uninstall: ["remove"] },
  poetry: { install: ["install"], add: ["install"], update: ["upgrade"], remove: ["remove"] },
  pipenv: { install: ["install"], sync: ["install"], update: ["upgrade"], uninstall: ["remove"] },
  uv: { sync: ["install"], add: ["install"], remove: ["remove"] },
  conda: {
    install: ["install"],
    create: ["install"],
    update: ["upgrade"],
    upgrade: ["upgrade"],
    remove: ["remove"],
    uninstall: ["remove"],
    clean: ["clean"]
  },
  bundler: { install: ["install"], update: ["upgrade"], clean: ["clean"] },
  gem: { install: ["install"], update: ["upgrade"], uninstall: ["remove"], cleanup: ["clean"] },
  composer: {
    install: ["install"],
    require: ["install"],
    update: ["upgrade"],
    remove: ["remove"],
    "clear-cache": ["clean"],
    clearcache: ["clean"]
  },
  cargo: { fetch: ["download"], vendor: ["download"], install: ["install"], update: ["upgrade"] },
  dotnet: { restore: ["download"] }
};
var RPM_ACTIONS = {
  install: ["install"],
  localinstall: ["install"],
  groupinstall: ["install"],
  reinstall: ["install"],
  builddep: ["install"],
  makecache: ["update-index"],
  "check-update": ["update-index"],
  "check-upgrade": ["update-index"],
  update: ["upgrade"],
  upgrade: ["upgrade"],
  "update-minimal": ["upgrade"],
  "upgrade-minimal": ["upgrade"],
  "distro-sync": ["upgrade"],
  distrosync: ["upgrade"],
  remove: ["remove"],
  erase: ["remove"],
  autoremove: ["remove"],
  groupremove: ["remove"],
  clean: ["clean"],
  download: ["download"]
};
function actionsOf(cmd) {
  const inv = invocationOf(cmd);
  const pm = packageManagerOf(inv);
  const out = /* @__PURE__ */ new Set();
  if (!pm) return out;
  const ops = operandsOf(inv).map((w) => w.value);
  const sub2 = ops[0];
  const add = (list) => list?.forEach((a) => out.add(a));
  switch (pm.id) {
    case "pacman": {
      for (const a of inv.args) {
        if (a === "--") break;
        const m = /^-([A-Za-z]+)$/.exec(a);
        const letters = m ? m[1] : a === "--sync" ? "S" : a === "--remove" ? "R" : a === "--upgrade" ? "U" : "";
        if (letters.includes("S")) {
          if (letters.includes("y")) out.add("update-index");
          if (letters.includes("u")) out.add("upgrade");
          if (letters.includes("c")) out.add("clean");
          if (letters.includes("w")) out.add("download");
          if (ops.length > 0 && !letters.includes("c")) out.add("install");
        } else if (letters.startsWith("U")) out.add("install");
        else if (letters.startsWith("R")) out.add("remove");
      }
      return out;
    }
    case "apk":
      add(sub2 ? SUB_ACTIONS.apk[sub2] : void 0);
      if (sub2 === "cache" && ops[1] === "clean") out.add("clean");
      if (sub2 === "add" && hasOption(inv, "--update", "-U", "--update-cache")) out.add("update-index");
      return out;
    case "dnf":
    case "yum":
    case "microdnf":
    case "tdnf":
      if (sub2 === "group" || sub2 === "groups" || sub2 === "module") add(RPM_ACTIONS[ops[1] ?? ""]);
      else add(sub2 ? RPM_ACTIONS[sub2] : void 0);
      return out;
    case "yarn":
      if (sub2 === void 0) out.add("install");
      else if (sub2 === "workspaces" && ops[1] === "focus") out.add("install");
      else if (sub2 === "cache" && ops[1] === "clean") out.add("clean");
      else add(SUB_ACTIONS.yarn[sub2]);
      return out;
    case "npm":
    case "pnpm":
      if (sub2 === "cache" && (ops[1] === "clean" || ops[1] === "clear")) out.add("clean");
      else if (pm.id === "pnpm" && sub2 === "store" && ops[1] === "prune") out.add("clean");
      else add(sub2 ? SUB_ACTIONS[pm.id][sub2] : void 0);
      return out;
    case "pip":
      if (sub2 === "cache" && (ops[1] === "purge" || ops[1] === "remove")) out.add("clean");
      else add(sub2 ? SUB_ACTIONS.pip[sub2] : void 0);
      return out;
    case "uv":
      if (sub2 === "pip") {
        if (ops[1] === "install" || ops[1] === "sync") out.add("install");
        if (ops[1] === "uninstall") out.add("remove");
      } else if (sub2 === "cache" && (ops[1] === "clean" || ops[1] === "prune")) out.add("clean");
      else add(sub2 ? SUB_ACTIONS.uv[sub2] : void 0);
      return out;
    case "conda":
      if (sub2 === "env" && (ops[1] === "create" || ops[1] === "update")) out.add("install");
      else add(sub2 ? SUB_ACTIONS.conda[sub2] : void 0);
      return out;
    case "go":
      if (sub2 === "mod" && (ops[1] === "download" || ops[1] === "vendor" || ops[1] === "tidy"))
        out.add("download");
      else if (sub2 === "get" || sub2 === "install") out.add("install");
      else if (sub2 === "clean" && hasOption(inv, "-modcache", "-cache")) out.add("clean");
      return out;
    case "maven":
      if (ops.some(
        (g) => /^(?:[\w.-]+:)?maven-dependency-plugin(?::[\w.-]+)?:(?:go-offline|resolve|resolve-plugins)$|^dependency:(?:go-offline|resolve|resolve-plugins)$/.test(
          g
        )
      ))
        out.add("download");
      return out;
    case "gradle":
      if (ops.some((t) => t === "dependencies" || t.endsWith(":dependencies"))) out.add("download");
      return out;
    default:
      add(sub2 ? SUB_ACTIONS[pm.id]?.[sub2] : void 0);
      return out;
  }
}
function isInstall(cmd) {
  return actionsOf(cmd).has("install");
}
function installedPackages(cmd) {
  const inv = invocationOf(cmd);
  const pm = packageManagerOf(inv);
  if (!pm || !isInstall(inv)) return [];
  const ops = operandsOf(inv);
  if (pm.id === "pacman") return ops;
  if (pm.id === "yarn" && ops.length === 0) return [];
  let skip = 1;
  const sub2 = ops[0]?.value;
  if ((pm.id === "dnf" || pm.id === "yum" || pm.id === "microdnf" || pm.id === "tdnf") && (sub2 === "group" || sub2 === "groups" || sub2 === "module"))
    skip = 2;
  if (pm.id === "uv" && sub2 === "pip") skip = 2;
  if (pm.id === "conda" && sub2 === "env") skip = 2;
  if (pm.id === "yarn" && sub2 === "workspaces") skip = 2;
  return ops.slice(skip);
}
var MAVEN_PHASES = /* @__PURE__ */ new Set(["compile", "test-compile", "test", "package", "verify", "install", "deploy"]);
var GRADLE_TASKS = /^(?:build|assemble|jar|bootJar|shadowJar|installDist|distTar|distZip|compileJava|compileKotlin|classes|test|check|war|bootWar|nativeCompile)$/;
function dependencyStep(cmd) {
  const inv = invocationOf(cmd);
  const pm = packageManagerOf(inv);
  if (!pm || pm.system) return null;
  const ops = operandsOf(inv).map((w) => w.value);
  const sub2 = ops[0];
  const actions = actionsOf(inv);
  const step = (manifests, implicit = false) => ({
    manager: pm,
    manifests,
    implicit
  });
  const installOrDownload = actions.has("install") || actions.has("download");
  switch (pm.id) {
    case "npm":
      if (!installOrDownload || hasOption(inv, "-g", "--global")) return null;
      if (ops.length > 1) return null;
      return step(["package.json", "package-lock.json"]);
    case "yarn":
      if (!actions.has("install") || sub2 !== void 0 && sub2 !== "install" && sub2 !== "workspaces")
        return null;
      return step(["package.json", "yarn.lock"]);
    case "pnpm":
      if (!installOrDownload || sub2 !== "install" && sub2 !== "i" && sub2 !== "fetch" || hasOption(inv, "-g", "--global"))
        return null;
      return step(sub2 === "fetch" ? ["pnpm-lock.yaml"] : ["package.json", "pnpm-lock.yaml"]);
    case "bun":
      if (sub2 !== "install" && sub2 !== "i" || ops.length > 1 || hasOption(inv, "-g", "--global"))
        return null;
      return step(["package.json", "bun.lock"]);
    case "pip": {
      if (sub2 !== "install" && sub2 !== "download") return null;
      const files = requirementFiles(inv);
      return files.length > 0 ? step(files) : null;
    }
    case "uv": {
      if (sub2 === "sync") return step(["pyproject.toml", "uv.lock"]);
      if (sub2 === "pip" && (ops[1] === "install" || ops[1] === "sync")) {
        const files = ops[1] === "sync" ? ops.slice(2) : requirementFiles(inv);
        return files.length > 0 ? step(files) : null;
      }
      return null;
    }
    case "poetry":
      return sub2 === "install" ? step(["pyproject.toml", "poetry.lock"]) : null;
    case "pipenv":
      if (sub2 === "sync" || sub2 === "install" && ops.length === 1) return step(["Pipfile", "Pipfile.lock"]);
      return null;
    case "conda": {
      if (!actions.has("install")) return null;
      const file = optionValue(inv, "-f", "--file");
      return file ? step([file.value]) : null;
    }
    case "go": {
      if (sub2 === "mod" && ops[1] === "download") return step(["go.mod", "go.sum"]);
      if (sub2 === "get" && ops.length === 1) return step(["go.mod", "go.sum"]);
      if ((sub2 === "build" || sub2 === "test" || sub2 === "vet" || sub2 === "install" && !ops.slice(1).some((o) => o.includes("@"))) && !vendored(inv))
        return step(["go.mod", "go.sum"], true);
      return null;
    }
    case "bundler":
      return sub2 === "install" ? step(["Gemfile", "Gemfile.lock"]) : null;
    case "composer":
      return sub2 === "install" || sub2 === "update" && ops.length === 1 ? step(["composer.json", "composer.lock"]) : null;
    case "cargo":
      if (sub2 === "fetch" || sub2 === "vendor") return step(["Cargo.toml", "Cargo.lock"]);
      if (sub2 === "build" || sub2 === "test" || sub2 === "check" || sub2 === "run" || sub2 === "install" && hasOption(inv, "--path"))
        return step(["Cargo.toml", "Cargo.lock"], true);
      return null;
    case "maven":
      if (actions.has("download")) return step(["pom.xml"]);
      if (ops.some((g) => MAVEN_PHASES.has(g) || /^spring-boot:(?:run|repackage|build-image)$/.test(g)) && !hasOption(inv, "-o", "--offline"))
        return step(["pom.xml"], true);
      return null;
    case "gradle":
      if (actions.has("download")) return step(["build.gradle", "settings.gradle"]);
      if (ops.some((t) => GRADLE_TASKS.test(t.replace(/^.*:/, ""))) && !hasOption(inv, "--offline"))
        return step(["build.gradle", "settings.gradle"], true);
      return null;
    case "dotnet":
      if (sub2 === "restore") return step(["*.csproj", "*.sln"]);
      if ((sub2 === "build" || sub2 === "publish" || sub2 === "test" || sub2 === "pack") && !hasOption(inv, "--no-restore"))
        return step(["*.csproj", "*.sln"], true);
      return null;
    default:
      return null;
  }
}
function requirementFiles(inv) {
  const out = [];
  const words = inv.words;
  for (let i = 1; i < words.length; i++) {
    const a = words[i].value;
    if (a === "-r" || a === "--requirement" || a === "-c" || a === "--constraint") {
      if (words[i + 1]) out.push(words[++i].value);
    } else if (a.startsWith("--requirement=") || a.startsWith("--constraint="))
      out.push(a.slice(a.indexOf("=") + 1));
    else if (/^-[rc]\S/.test(a)) out.push(a.slice(2));
  }
  return out;
}
function vendored(inv) {
  const mod = optionValue(inv, "-mod");
  return mod?.value === "vendor";
}
var MANIFEST_FILE = /^(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|\.yarnrc(?:\.yml)?|\.npmrc|pnpm-lock\.yaml|pnpm-workspace\.yaml|bun\.lockb?|requirements[\w.-]*\.(?:txt|in)|constraints[\w.-]*\.txt|pyproject\.toml|poetry\.lock|Pipfile(?:\.lock)?|uv\.lock|setup\.(?:py|cfg)|environment[\w.-]*\.ya?ml|go\.(?:mod|sum|work|work\.sum)|Gemfile(?:\.lock)?|[\w.-]+\.gemspec|composer\.(?:json|lock)|Cargo\.(?:toml|lock)|pom\.xml|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|gradle\.properties|gradlew|[\w.-]+\.(?:csproj|fsproj|vbproj|sln|props|targets)|NuGet\.config|packages\.lock\.json|global\.json)$/i;
function isManifestSource(src) {
  const base = basename2(src.replace(/\/+$/, ""));
  if (!base || src.endsWith("/")) return false;
  if (MANIFEST_FILE.test(base)) return true;
  if (!/[*?[]/.test(base)) return false;
  const re = globToRegExp(base);
  const samples = [
    "package.json",
    "package-lock.json",
    "yarn.lock",
    "pnpm-lock.yaml",
    "requirements.txt",
    "requirements-dev.txt",
    "go.mod",
    "go.sum",
    "Gemfile",
    "Gemfile.lock",
    "composer.json",
    "composer.lock",
    "Cargo.toml",
    "Cargo.lock",
    "pom.xml",
    "build.gradle",
    "app.csproj",
    "app.sln",
    "Pipfile",
    "Pipfile.lock",
    "pyproject.toml",
    "poetry.lock",
    "uv.lock"
  ];
  const nonManifest = [
    "main.go",
    "index.js",
    "app.py",
    "README.md",
    "src",
    "Dockerfile",
    "main.rs",
    "Program.cs",
    "x"
  ];
  return samples.some((s) => re.test(s)) && !nonManifest.some((s) => re.test(s));
}
function globToRegExp(glob) {
  let re = "^";
  for (const c of glob) {
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(re + "$");
}
function rangeOfWords(model, first, last = first) {
  return model.rangeOf(first.start, last.end);
}
function rangeOfInvocation(model, inv) {
  const words = inv.words;
  if (words.length === 0) return model.rangeOf(inv.command.start, inv.command.end);
  return model.rangeOf(words[0].start, words[words.length - 1].end);
}

// src/rules/stages.ts
import path from "node:path";
function finalStage(model) {
  return model.stages[model.stages.length - 1];
}
function stageChain(model, stage) {
  const chain = [];
  const seen = /* @__PURE__ */ new Set();
  let s = stage;
  while (s && !seen.has(s.index)) {
    seen.add(s.index);
    chain.unshift(s);
    s = s.parent !== void 0 ? model.stages[s.parent] : void 0;
  }
  return chain;
}
function finalStageChain(model) {
  const last = finalStage(model);
  return last ? stageChain(model, last) : [];
}
function rootBase(model, stage) {
  return stageChain(model, stage)[0].base;
}
function chainInstructions(model, stage) {
  return stageChain(model, stage).flatMap((s) => s.instructions);
}
function lastInChain(model, stage, keyword) {
  const all = chainInstructions(model, stage);
  for (let i = all.length - 1; i >= 0; i--) if (all[i].keyword === keyword) return all[i];
  return void 0;
}
function stageByRef(model, ref, beforeInstruction = Infinity) {
  const key = ref.trim().toLowerCase();
  if (!key) return void 0;
  const before = stagesBefore(model, beforeInstruction);
  if (/^\d+$/.test(key)) return Number(key) < before ? model.stages[Number(key)] : void 0;
  const named = stagesByName(model).get(key);
  if (!named) return void 0;
  let found;
  for (let lo = 0, hi = named.length - 1; lo <= hi; ) {
    const mid = lo + hi >> 1;
    if (named[mid].index < before) {
      found = named[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
function stagesBefore(model, beforeInstruction) {
  let lo = 0;
  let hi = model.stages.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (model.stages[mid].from.index < beforeInstruction) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var stageNameIndex = /* @__PURE__ */ new WeakMap();
function stagesByName(model) {
  let index = stageNameIndex.get(model);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const s of model.stages) {
      if (s.name === void 0) continue;
      const list = index.get(s.name);
      if (list) list.push(s);
      else index.set(s.name, [s]);
    }
    stageNameIndex.set(model, index);
  }
  return index;
}
function resolveSource(model, inst, value) {
  const text = value.trim();
  if (referencedVars(text, model.escapeChar).length > 0) return { kind: "unknown", text };
  const stage = stageByRef(model, text, inst.index);
  if (stage) return { kind: "stage", stage, text };
  const parsed = parseImageRef(text, value);
  return { kind: "image", text, image: { ...parsed, unresolved: [], tagFromVariable: false } };
}
function flagOf(inst, name) {
  const n = name.toLowerCase();
  return inst.flags.find((f) => f.name.toLowerCase() === n);
}
function flagsOf(inst, name) {
  const n = name.toLowerCase();
  return inst.flags.filter((f) => f.name.toLowerCase() === n);
}
var MOUNT_KEY_ALIASES = {
  dst: "target",
  destination: "target",
  src: "source",
  ro: "readonly"
};
function mountsOf(inst) {
  return flagsOf(inst, "mount").map(parseMount);
}
function parseMount(flag) {
  const value = flag.value ?? "";
  const vr = flag.valueRange;
  const singleLine = vr !== null && vr.line === vr.endLine && vr.endColumn - vr.column === value.length;
  const fallback = vr ?? flag.range;
  const sub2 = (start, end) => singleLine ? { line: vr.line, column: vr.column + start, endLine: vr.line, endColumn: vr.column + end } : fallback;
  const options = [];
  let i = 0;
  while (i <= value.length) {
    let j = i;
    let quote = null;
    while (j < value.length && (quote !== null || value[j] !== ",")) {
      if (quote === null && (value[j] === '"' || value[j] === "'")) quote = value[j];
      else if (quote !== null && value[j] === quote) quote = null;
      j++;
    }
    const field = value.slice(i, j);
    if (field.trim()) {
      const eq = field.indexOf("=");
      const rawKey = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
      const key = MOUNT_KEY_ALIASES[rawKey] ?? rawKey;
      const val = eq < 0 ? null : field.slice(eq + 1).replace(/^(["'])(.*)\1$/, "$2");
      const range = sub2(i, j);
      options.push({ key, value: val, range, valueRange: eq < 0 ? range : sub2(i + eq + 1, j) });
    }
    i = j + 1;
  }
  const byKey = new Map(options.map((o) => [o.key, o]));
  const get = (k) => byKey.get(k)?.value ?? void 0;
  return {
    flag,
    type: (get("type") ?? "bind").toLowerCase(),
    options,
    byKey,
    target: get("target"),
    source: get("source"),
    from: get("from"),
    id: get("id")
  };
}
function workdirAt(model, inst) {
  const stage = model.stages[inst.stage];
  if (!stage) return "/";
  let known = workdirCache.get(model);
  if (!known) workdirCache.set(model, known = /* @__PURE__ */ new Map());
  const cached = known.get(inst);
  if (cached !== void 0) return cached;
  const start = stageStartWorkdir(model, stage, known);
  let dir = start;
  for (const i of stage.instructions) {
    known.set(i, dir);
    dir = applyWorkdir(model, i, dir);
  }
  const at = known.get(inst);
  if (at !== void 0) return at;
  dir = start;
  for (const i of stage.instructions) {
    if (i.index >= inst.index) break;
    dir = applyWorkdir(model, i, dir);
  }
  return dir;
}
var workdirCache = /* @__PURE__ */ new WeakMap();
function applyWorkdir(model, i, dir) {
  if (i.keyword !== "WORKDIR" || i.args.length === 0) return dir;
  const raw = i.args.map((a) => a.value).join(" ");
  const value = expandVars(raw, i.scope, model.escapeChar).value.replace(/^(["'])(.*)\1$/, "$2");
  return path.posix.resolve(dir, value || ".");
}
function stageStartWorkdir(model, stage, known) {
  const chain = stageChain(model, stage);
  let dir = "/";
  let from = 0;
  for (let k = chain.length - 2; k >= 0; k--) {
    const end = known.get(chain[k]);
    if (end !== void 0) {
      dir = end;
      from = k + 1;
      break;
    }
  }
  for (let k = from; k < chain.length - 1; k++) {
    for (const i of chain[k].instructions) dir = applyWorkdir(model, i, dir);
    known.set(chain[k], dir);
  }
  return dir;
}
function resolveImagePath(cwd, p) {
  return path.posix.resolve(cwd, p);
}
function imageArgRange(stage) {
  return stage.from.args[0]?.range ?? stage.from.keywordRange;
}
function literalTagRange(stage) {
  const arg = stage.from.args[0];
  if (!arg || stage.base.tagFromVariable || arg.value.includes("$")) return void 0;
  const r = arg.range;
  if (r.line !== r.endLine || r.endColumn - r.column !== arg.value.length) return void 0;
  const at = arg.value.indexOf("@");
  const head = at >= 0 ? arg.value.slice(0, at) : arg.value;
  const colon = head.lastIndexOf(":");
  if (colon < 0 || colon < head.lastIndexOf("/")) return void 0;
  return { line: r.line, column: r.column + colon + 1, endLine: r.line, endColumn: r.column + head.length };
}
function varOrigins(model, inst, text) {
  const out = [];
  for (const ref of referencedVars(text, model.escapeChar)) {
    const binding = inst.scope.get(ref.name);
    if (!binding || binding.declaredAt < 0) continue;
    const decl = model.instructions[binding.declaredAt];
    const property = decl?.properties.find((p) => p.name === ref.name);
    if (decl && property && !out.some((o) => o.property === property)) {
      out.push({ name: ref.name, value: binding.value, instruction: decl, property });
    }
  }
  return out;
}
function copyPaths(model, inst) {
  if (inst.heredocs.length > 0 || inst.args.length < 2) return null;
  const expand = (a) => {
    const v = a.value.includes("$") ? expandVars(a.value, inst.scope, model.escapeChar).value : a.value;
    return { value: v.replace(/^(["'])(.*)\1$/, "$2"), range: a.range };
  };
  const trimmed = inst.argsText.trim();
  if (trimmed.startsWith("[")) {
    try {
      const list = JSON.parse(trimmed.replace(new RegExp(`\\${model.escapeChar}\\n`, "g"), ""));
      if (Array.isArray(list) && list.length >= 2 && list.every((v) => typeof v === "string")) {
        const range = inst.argsRange ?? inst.range;
        const args2 = list.map((value) => expand({ value, range }));
        return { sources: args2.slice(0, -1), dest: args2[args2.length - 1] };
      }
    } catch {
    }
  }
  const args = inst.args.map(expand);
  return { sources: args.slice(0, -1), dest: args[args.length - 1] };
}
function isWholeContext(src) {
  return /^(?:\.\/?|\.\/\*|\*|\/|\.\/\.)$/.test(src.trim());
}
function isTransportRef(text) {
  return /^(?:oci-archive|docker-archive|oci|dir|containers-storage|docker-daemon):/i.test(text.trim());
}
function externalBase(stage) {
  const base = stage.base;
  if (stage.parent !== void 0 || base.scratch || base.unresolved.length > 0) return void 0;
  if (!base.text.trim() || isTransportRef(base.text)) return void 0;
  return base;
}
var ancestorMemo = /* @__PURE__ */ new WeakMap();
function ancestorsHave(model, stage, keyword) {
  let byKeyword = ancestorMemo.get(model);
  if (!byKeyword) ancestorMemo.set(model, byKeyword = /* @__PURE__ */ new Map());
  let has = byKeyword.get(keyword);
  if (!has) {
    has = [];
    for (const s of model.stages) {
      const p = s.parent !== void 0 && s.parent < s.index ? s.parent : void 0;
      has[s.index] = p !== void 0 && (has[p] || model.stages[p].instructions.some((i) => i.keyword === keyword));
    }
    byKeyword.set(keyword, has);
  }
  return has[stage.index] ?? false;
}

// src/rules/hadolint-a.ts
function withTriggers(model) {
  const out = [];
  for (const inst of model.instructions) {
    out.push(inst);
    if (inst.trigger) out.push(inst.trigger);
  }
  return out;
}
function instructionsOf(model, ...keywords) {
  return withTriggers(model).filter((i) => keywords.includes(i.keyword));
}
function invocationOf2(inst, cmd) {
  if (cmd.words.length === 0) return void 0;
  const inv = invocationOf(cmd);
  if (!inv.name || inv.words.length === 0) return void 0;
  const first = cmd.words.indexOf(inv.words[0]);
  const wrappers = cmd.words.slice(0, Math.max(0, first)).map((w) => basename(w.value)).filter((n) => /^[A-Za-z][\w.-]*$/.test(n) && !n.startsWith("-"));
  return { cmd, inst, name: inv.name, nameWord: inv.words[0], args: inv.words.slice(1), wrappers };
}
function invocations(inst) {
  const out = [];
  for (const cmd of inst.script?.commands ?? []) {
    const inv = invocationOf2(inst, cmd);
    if (inv) out.push(inv);
  }
  return out;
}
function runInvocations(model, opts = {}) {
  const out = [];
  for (const inst of withTriggers(model)) {
    if (inst.keyword !== "RUN") continue;
    if (inst.onbuild && opts.onbuild === false) continue;
    out.push(...invocations(inst));
  }
  return out;
}
function invocationRange(model, inv) {
  const last = inv.args.length > 0 ? inv.args[inv.args.length - 1] : inv.nameWord;
  return model.rangeOf(inv.nameWord.start, Math.max(last.end, inv.nameWord.end));
}
function editable(inv) {
  return inv.inst.form !== "exec";
}
function insertAfter(model, w, text) {
  const r = model.rangeOf(w.end, w.end);
  return { range: r, text };
}
function parseCli(words, spec) {
  const options = [];
  const operands = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const v = word.value;
    if (v === "--") {
      operands.push(...words.slice(i + 1));
      break;
    }
    if (v.startsWith("--")) {
      const eq = v.indexOf("=");
      if (eq >= 0) options.push({ name: v.slice(0, eq), value: v.slice(eq + 1), word });
      else if (spec.valued.has(v) && i + 1 < words.length) {
        options.push({ name: v, value: words[i + 1].value, word, valueWord: words[i + 1] });
        i++;
      } else options.push({ name: v, word });
      continue;
    }
    if (v.startsWith("-") && v.length > 1 && !word.hasExpansion) {
      for (let j = 1; j < v.length; j++) {
        const name = `-${v[j]}`;
        if (spec.valued.has(name)) {
          let rest = v.slice(j + 1);
          if (rest.startsWith("=")) rest = rest.slice(1);
          if (rest) options.push({ name, value: rest, word });
          else if (i + 1 < words.length) {
            options.push({ name, value: words[i + 1].value, word, valueWord: words[i + 1] });
            i++;
          } else options.push({ name, word });
          break;
        }
        if (v[j] === "=") {
          const prev = options[options.length - 1];
          if (prev) prev.value = v.slice(j + 1);
          break;
        }
        options.push({ name, word });
      }
      continue;
    }
    operands.push(word);
  }
  return { options, operands };
}
function hasOption2(args, ...names) {
  return args.options.some((o) => names.includes(o.name));
}
var ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;
function expandWord(inv, word) {
  if (!word.hasExpansion) return [word.value];
  if (/\$\(|`/.test(word.value)) return void 0;
  const scope = new Map(inv.inst.scope);
  for (const c of inv.inst.script?.commands ?? []) {
    if (c.start >= inv.cmd.start) break;
    const assigns = c.words.length === 0 ? c.assignments.map((a) => a.value) : c.name === "export" || c.name === "readonly" || c.name === "local" || c.name === "declare" ? c.args.filter((a) => ASSIGNMENT.test(a)) : [];
    for (const a of assigns) {
      const m = ASSIGNMENT.exec(a);
      const value = expandVars(m[2], scope, "\\");
      const known = value.unresolved.length === 0 && !/\$\(|`/.test(m[2]);
      scope.set(m[1], {
        name: m[1],
        value: known ? value.value : void 0,
        kind: "env",
        declaredAt: inv.inst.index
      });
    }
  }
  const expanded = expandVars(word.value, scope, "\\");
  if (expanded.unresolved.length > 0) return void 0;
  if (word.quoted) return [expanded.value];
  return expanded.value.split(/\s+/).filter((s) => s.length > 0);
}
function mountsOver(inst, dir) {
  const norm = (p) => p.replace(/\/+$/, "") || "/";
  const d = norm(dir);
  for (const m of mountsOf(inst)) {
    if (m.type !== "cache" && m.type !== "tmpfs") continue;
    if (!m.target) continue;
    const t = norm(m.target);
    if (d === t || d.startsWith(t === "/" ? "/" : `${t}/`)) return true;
  }
  return false;
}
function inSubshell(model, inv) {
  if (inv.cmd.inSubstitution) return true;
  if (inv.cmd.depth === 0 || inv.inst.form === "exec") return false;
  const pos = inv.cmd.start;
  let start = inv.inst.argsOffset;
  for (const h of inv.inst.heredocs) {
    if (h.isScript && pos >= h.bodyOffset && pos <= h.bodyOffset + h.body.length) start = h.bodyOffset;
  }
  const text = model.text;
  const stack = [];
  let quote = null;
  let atWordStart = true;
  for (let i = start; i < pos; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      continue;
    }
    if (c === "\\") {
      i++;
      atWordStart = false;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = null;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      atWordStart = false;
      continue;
    }
    if (c === "#" && atWordStart) {
      while (i < pos && text[i] !== "\n") i++;
      atWordStart = true;
      continue;
    }
    if (c === "(") stack.push(text[i - 1] === "$" ? "subst" : "paren");
    else if (c === ")") stack.pop();
    atWordStart = /\s|[;&|()]/.test(c);
  }
  return stack.length > 0;
}
function copyParts(model, inst) {
  const trimmed = inst.argsText.trim();
  if (trimmed.startsWith("[")) {
    try {
      const arr = JSON.parse(trimmed.replace(new RegExp(`\\${model.escapeChar}\\n`, "g"), ""));
      if (Array.isArray(arr) && arr.every((x) => typeof x === "string") && arr.length > 0) {
        const range = inst.argsRange ?? inst.range;
        const parts2 = arr.map((value) => ({ value, range }));
        return { sources: parts2.slice(0, -1), dest: parts2[parts2.length - 1], json: true, heredocSources: 0 };
      }
    } catch {
    }
  }
  let args = inst.args.filter((a) => !a.value.startsWith("--"));
  if (inst.heredocs.length > 0) {
    const lastLine = inst.heredocs[0].range.endLine;
    args = args.filter((a) => a.range.line <= lastLine);
  }
  const parts = args.map((a) => ({ value: a.value, range: a.range }));
  const heredocSources = parts.filter((p) => /^<<-?/.test(p.value)).length;
  return {
    sources: parts.slice(0, -1),
    dest: parts.length > 0 ? parts[parts.length - 1] : void 0,
    json: false,
    heredocSources
  };
}
var TAR_ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz|tbz2|tb2|tar\.xz|txz|tar\.lz|tlz|tar\.lzma|tar\.z|taz|tz|tpz|tar\.zst|tzst)$/i;
var MAYBE_ARCHIVE = /\.(gz|bz2|xz|lz|lzma|z|zst)$/i;
function isUrl(s) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^git@[^:]+:/.test(s);
}
function unquote2(s) {
  const m = /^(["'])([\s\S]*)\1$/.exec(s);
  return m ? m[2] : s;
}
var APT_VALUED = /* @__PURE__ */ new Set([
  "-o",
  "-c",
  "-t",
  "-a",
  "--option",
  "--config-file",
  "--target-release",
  "--default-release",
  "--host-architecture"
]);
function aptCommands(invs, names = ["apt-get"]) {
  const out = [];
  for (const inv of invs) {
    if (!names.includes(inv.name)) continue;
    const cli = parseCli(inv.args, { valued: APT_VALUED });
    out.push({ inv, cli, sub: cli.operands[0], packages: cli.operands.slice(1) });
  }
  return out;
}
function aptSettings(cli) {
  const out = /* @__PURE__ */ new Map();
  for (const o of cli.options) {
    if ((o.name === "-o" || o.name === "--option") && o.value) {
      const eq = o.value.indexOf("=");
      if (eq > 0) out.set(o.value.slice(0, eq).toLowerCase(), o.value.slice(eq + 1).toLowerCase());
    }
  }
  return out;
}
function isFalse(v) {
  return v !== void 0 && /^(false|0|no|off)$/i.test(v);
}
function isTrue(v) {
  return v !== void 0 && /^(true|1|yes|on)$/i.test(v);
}
function unpinnedPackages(cmd, pinned7, words = cmd.packages) {
  const out = [];
  for (const w of words) {
    if (pinned7(w.value)) continue;
    const values = w.hasExpansion ? expandWord(cmd.inv, w) : [w.value];
    if (values === void 0) continue;
    const bad = values.filter((v) => !pinned7(v));
    if (bad.length > 0) out.push({ word: w, names: bad });
  }
  return out;
}
function listNames(names, max = 4) {
  const quoted = names.map((n) => `\`${n}\``);
  if (quoted.length <= max) return quoted.join(", ");
  return `${quoted.slice(0, max).join(", ")} and ${quoted.length - max} more`;
}
function spanRange(model, words) {
  const start = Math.min(...words.map((w) => w.start));
  const end = Math.max(...words.map((w) => w.end));
  return model.rangeOf(start, end);
}
var PIP_VALUED = /* @__PURE__ */ new Set([
  "-r",
  "-c",
  "-e",
  "-i",
  "-f",
  "-t",
  "-b",
  "-C",
  "--requirement",
  "--constraint",
  "--editable",
  "--index-url",
  "--extra-index-url",
  "--find-links",
  "--target",
  "--prefix",
  "--root",
  "--src",
  "--upgrade-strategy",
  "--platform",
  "--python-version",
  "--implementation",
  "--abi",
  "--no-binary",
  "--only-binary",
  "--progress-bar",
  "--trusted-host",
  "--cache-dir",
  "--log",
  "--proxy",
  "--retries",
  "--timeout",
  "--exists-action",
  "--cert",
  "--client-cert",
  "--global-option",
  "--install-option",
  "--config-settings",
  "--report",
  "--python",
  "--root-user-action",
  "--use-feature",
  "--use-deprecated",
  "--keyring-provider",
  "--build"
]);
function pipInstalls(invs) {
  const out = [];
  for (const inv of invs) {
    if (!/^pip[0-9.]*$/.test(inv.name)) continue;
    const cli = parseCli(inv.args, { valued: PIP_VALUED });
    if (cli.operands[0]?.value !== "install") continue;
    out.push({ inv, cli, sub: cli.operands[0], packages: cli.operands.slice(1) });
  }
  return out;
}
var APK_VALUED = /* @__PURE__ */ new Set([
  "-t",
  "-X",
  "-p",
  "--virtual",
  "--repository",
  "--repositories-file",
  "--root",
  "--arch",
  "--keys-dir",
  "--cache-dir",
  "--cache-max-age",
  "--progress-fd",
  "--wait",
  "--timeout"
]);
function apkAdds(invs) {
  const out = [];
  for (const inv of invs) {
    if (inv.name !== "apk") continue;
    const cli = parseCli(inv.args, { valued: APK_VALUED });
    if (cli.operands[0]?.value !== "add") continue;
    out.push({ inv, cli, sub: cli.operands[0], packages: cli.operands.slice(1) });
  }
  return out;
}
function imageStages(model) {
  const out = /* @__PURE__ */ new Set();
  if (model.stages.length > 0) out.add(model.stages.length - 1);
  for (const s of model.stages) if (s.parent !== void 0) out.add(s.parent);
  return out;
}

// src/rules/dockerfile/apk-no-cache.ts
var CACHE = "/var/cache/apk";
function cleansCache(invs) {
  return invs.some(
    (inv) => inv.name === "rm" && inv.args.some((a) => a.value === CACHE || a.value.startsWith(`${CACHE}/`)) || inv.name === "apk" && inv.args.some((a) => a.value === "cache") && inv.args.some((a) => a.value === "clean")
  );
}
var apk_no_cache_default = defineRule({
  id: "dockerfile/apk-no-cache",
  aliases: ["DL3019", "DS025", "AVD-DS-0025"],
  severity: "info",
  summary: "apk add without --no-cache",
  fixable: true,
  check(model, _options, report) {
    const stages = imageStages(model);
    for (const inst of withTriggers(model)) {
      if (inst.keyword !== "RUN") continue;
      if (!inst.onbuild && !stages.has(inst.stage)) continue;
      const invs = invocations(inst);
      const adds = apkAdds(invs);
      if (adds.length === 0 || mountsOver(inst, CACHE) || cleansCache(invs)) continue;
      for (const cmd of adds) {
        if (hasOption2(cmd.cli, "--no-cache", "--no-network")) continue;
        report({
          range: invocationRange(model, cmd.inv),
          message: "`apk add` without `--no-cache` keeps the package index in /var/cache/apk in the layer (with `--update`/`-U`, a fresh copy each time). Write `apk add --no-cache`: it fetches the index, installs and leaves nothing behind.",
          fix: editable(cmd.inv) ? { description: "Add --no-cache", edits: [insertAfter(model, cmd.sub, " --no-cache")] } : void 0
        });
      }
    }
  }
});

// src/rules/dockerfile/apk-pin-versions.ts
function pinned(spec) {
  return /[=~<>]/.test(spec) || /\.apk$/i.test(spec) || /^(\/|\.\.?\/)/.test(spec);
}
var apk_pin_versions_default = defineRule({
  id: "dockerfile/apk-pin-versions",
  aliases: ["DL3018"],
  severity: "warning",
  summary: "apk add without pinned package versions",
  check(model, _options, report) {
    for (const cmd of apkAdds(runInvocations(model))) {
      const bad = unpinnedPackages(cmd, pinned);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word)
        ),
        message: `apk add of ${listNames(names)} without a version: each build installs whatever the repository has that day, so rebuilds are not reproducible. Pin it: \`${names[0]}=<version>\` (or \`${names[0]}~<major.minor>\` to follow patch releases; a version from an ARG counts).`
      });
    }
  }
});

// src/rules/dockerfile/apt-lists-cleanup.ts
var LISTS = "/var/lib/apt/lists";
function removesLists(value) {
  if (value === LISTS || value.startsWith(`${LISTS}/`)) return true;
  const glob = value.search(/[*?[]/);
  const literal = (glob >= 0 ? value.slice(0, glob) : value).replace(/\/+$/, "");
  if (literal.length < "/var".length) return false;
  if (LISTS.startsWith(`${literal}/`)) return true;
  return glob >= 0 && LISTS.startsWith(value.slice(0, glob));
}
function cleansLists(invs) {
  for (const inv of invs) {
    if (inv.name === "rm" && inv.args.some((a) => removesLists(a.value))) return true;
    if (inv.name === "find" && inv.args.some((a) => a.value.startsWith(LISTS)) && inv.args.some((a) => a.value === "-delete"))
      return true;
    if ((inv.name === "apt-get" || inv.name === "apt") && inv.args.some((a) => a.value === "distclean" || a.value === "dist-clean"))
      return true;
  }
  return false;
}
var apt_lists_cleanup_default = defineRule({
  id: "dockerfile/apt-lists-cleanup",
  aliases: ["DL3009"],
  severity: "info",
  summary: "apt-get update without deleting /var/lib/apt/lists in the same RUN",
  fixable: true,
  check(model, _options, report) {
    const stages = imageStages(model);
    for (const inst of withTriggers(model)) {
      if (inst.keyword !== "RUN") continue;
      if (!inst.onbuild && !stages.has(inst.stage)) continue;
      const invs = invocations(inst);
      const update = aptCommands(invs, ["apt-get", "apt", "aptitude"]).find((c) => c.sub?.value === "update");
      if (!update) continue;
      if (mountsOver(inst, LISTS) || cleansLists(invs)) continue;
      report({
        range: invocationRange(model, update.inv),
        message: `\`${update.inv.name} update\` leaves the package lists in ${LISTS} (tens of MB) in this layer. Delete them in the same RUN: \`&& rm -rf ${LISTS}/*\`, or mount a cache there: \`RUN --mount=type=cache,target=${LISTS} \u2026\`.`,
        fix: cleanupFix(model, inst, update.inv)
      });
    }
  }
});
function cleanupFix(model, inst, inv) {
  if (!editable(inv) || inst.heredocs.length > 0) return void 0;
  const cmds = inst.script?.commands ?? [];
  const last = cmds[cmds.length - 1];
  if (!last || last.depth !== 0 || last.next !== null || last.inSubstitution) return void 0;
  const tail = model.text.slice(last.end, inst.argsOffset + inst.argsText.length);
  if (tail.trim() !== "") return void 0;
  return {
    description: `Delete ${LISTS} at the end of the RUN`,
    edits: [{ range: model.rangeOf(last.end, last.end), text: ` && rm -rf ${LISTS}/*` }]
  };
}

// src/rules/dockerfile/apt-no-install-recommends.ts
var RECOMMENDS_OFF = /APT::Install-Recommends\s*\\?["']?\s*\\?["']?(false|0)\b/i;
function configuringRuns(model) {
  return model.instructions.filter(
    (i) => i.keyword === "RUN" && [i.argsText, ...i.heredocs.map((h) => h.body)].some((t) => RECOMMENDS_OFF.test(t))
  );
}
function configuredOff(model, inst, configuring) {
  if (configuring.length === 0) return false;
  const stage = model.stages[inst.stage];
  if (!stage) return false;
  const chain = new Set(stageChain(model, stage).map((s) => s.index));
  return configuring.some((c) => chain.has(c.stage) && (c.stage !== inst.stage || c.index < inst.index));
}
var apt_no_install_recommends_default = defineRule({
  id: "dockerfile/apt-no-install-recommends",
  aliases: ["DL3015", "DS029", "AVD-DS-0029"],
  severity: "info",
  summary: "apt-get install without --no-install-recommends",
  fixable: true,
  check(model, _options, report) {
    const configuring = configuringRuns(model);
    for (const cmd of aptCommands(runInvocations(model), ["apt-get", "apt"])) {
      const sub2 = cmd.sub;
      if (sub2?.value !== "install") continue;
      if (cmd.cli.options.some((o) => o.name === "--no-install-recommends")) continue;
      if (cmd.cli.options.some((o) => o.name === "--install-recommends" && isFalse(o.value))) continue;
      if (isFalse(aptSettings(cmd.cli).get("apt::install-recommends"))) continue;
      if (configuredOff(model, cmd.inv.inst, configuring)) continue;
      report({
        range: invocationRange(model, cmd.inv),
        message: `\`${cmd.inv.name} install\` also installs every "recommended" package, which often adds tens of MB and packages nobody asked for. Write \`${cmd.inv.name} install --no-install-recommends\` and list what you need.`,
        fix: editable(cmd.inv) ? {
          description: "Add --no-install-recommends",
          edits: [insertAfter(model, sub2, " --no-install-recommends")]
        } : void 0
      });
    }
  }
});

// src/rules/dockerfile/apt-pin-versions.ts
function pinned2(spec) {
  return spec.includes("=") || /\.deb$/i.test(spec) || /^(\/|\.\.?\/)/.test(spec);
}
var apt_pin_versions_default = defineRule({
  id: "dockerfile/apt-pin-versions",
  aliases: ["DL3008"],
  severity: "warning",
  summary: "apt-get install without pinned package versions",
  check(model, _options, report) {
    for (const cmd of aptCommands(runInvocations(model), ["apt-get", "apt"])) {
      if (cmd.sub?.value !== "install") continue;
      const bad = unpinnedPackages(cmd, pinned2);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word)
        ),
        message: `${cmd.inv.name} install of ${listNames(names)} without a version: each build installs whatever the mirror has that day, so rebuilds are not reproducible. Pin it: \`${names[0]}=<version>\` (a version from an ARG, \`foo=\${FOO_VERSION}\`, counts).`
      });
    }
  }
});

// src/rules/dockerfile/apt-yes.ts
var PROMPTING = /* @__PURE__ */ new Set([
  "install",
  "reinstall",
  "remove",
  "purge",
  "autoremove",
  "upgrade",
  "dist-upgrade",
  "full-upgrade",
  "build-dep"
]);
function assumesYes(cmd) {
  let quiet = 0;
  for (const o of cmd.cli.options) {
    if (o.name === "-y" || o.name === "--yes" || o.name === "--assume-yes" || o.name === "--force-yes") {
      if (o.value === void 0 || isTrue(o.value)) return true;
    }
    if (o.name === "-q" || o.name === "--quiet")
      quiet = o.value !== void 0 ? Number(o.value) || 0 : quiet + 1;
  }
  if (quiet >= 2) return true;
  return isTrue(aptSettings(cmd.cli).get("apt::get::assume-yes"));
}
var apt_yes_default = defineRule({
  id: "dockerfile/apt-yes",
  aliases: ["DL3014", "DS021", "AVD-DS-0021"],
  severity: "warning",
  summary: "apt-get install without -y",
  fixable: true,
  check(model, _options, report) {
    for (const cmd of aptCommands(runInvocations(model), ["apt-get", "apt"])) {
      const sub2 = cmd.sub;
      if (!sub2 || !PROMPTING.has(sub2.value) || assumesYes(cmd)) continue;
      report({
        range: invocationRange(model, cmd.inv),
        message: `\`${cmd.inv.name} ${sub2.value}\` without \`-y\` asks for confirmation, and a build has no terminal to answer it, so apt aborts. Write \`${cmd.inv.name} ${sub2.value} -y\`.`,
        fix: editable(cmd.inv) ? { description: "Add -y", edits: [insertAfter(model, sub2, " -y")] } : void 0
      });
    }
  }
});

// src/rules/runtime-util.ts
function howToWrite(spec, cli, compose, kubernetes) {
  switch (spec.source.syntax) {
    case "compose":
      return `\`${compose}\``;
    case "kubernetes":
      return `\`${kubernetes ?? compose}\``;
    case "inspect":
      return `\`${cli}\` when the container is created`;
    default:
      return spec.source.kind === "workflow" && !spec.command ? `\`${cli}\` in \`options:\`` : `\`${cli}\``;
  }
}
function describe(spec) {
  switch (spec.source.kind) {
    case "compose":
      return `Service "${spec.source.name}"`;
    case "inspect":
      return `Container "${spec.source.name}"`;
    case "kubernetes": {
      const type = spec.source.containerType;
      const what = type === "init" ? "Init container" : type === "ephemeral" ? "Ephemeral container" : "Container";
      return `${what} "${spec.source.name}" of ${spec.source.workload ?? "the pod"}`;
    }
    default: {
      if (spec.command) return `This ${spec.engine} ${spec.command} command`;
      const service = /^job (.+): service (.+)$/.exec(spec.source.name);
      if (service) return `Service container "${service[2]}" of job "${service[1]}"`;
      return `The container of job "${spec.source.job ?? spec.source.name}"`;
    }
  }
}
function written(s) {
  if (s.text) return s.text;
  if (s.key.startsWith("-")) return s.raw && s.raw !== s.key ? `${s.key} ${s.raw}` : s.key;
  return `${s.key}: ${s.raw}`;
}
function missingRange(spec) {
  return spec.source.range;
}
function sizeOption(value) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value !== "string" || value.trim() === "") return void 0;
  const r = parseMemory(value);
  return "bytes" in r ? r.bytes : void 0;
}
function numberOption(value) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\d+(?:\.\d+)?$/.test(value.trim())) return Number(value);
  return void 0;
}
function capabilityList(value) {
  if (!Array.isArray(value)) return [];
  return value.filter((v) => typeof v === "string").map((v) => {
    const t = v.trim().toUpperCase();
    return t.startsWith("CAP_") ? t.slice(4) : t;
  });
}
function stringList(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function isDockerLike(spec) {
  return spec.engine !== "podman" && spec.engine !== "kubernetes";
}
var ENGINE_SOCKETS = [
  "docker.sock",
  "podman.sock",
  "containerd.sock",
  "crio.sock",
  "cri-dockerd.sock",
  "dockershim.sock",
  "buildkitd.sock"
];
var basename3 = (p) => p.replace(/[\\/]+$/, "").split(/[\\/]/).pop() ?? "";
function mountedSocket(m, sockets) {
  if (m.type !== "bind" && m.type !== "unknown") return void 0;
  if (m.source !== void 0 && sockets.has(basename3(m.source))) return m.source;
  if ((m.source === void 0 || m.opaque) && m.target !== void 0 && sockets.has(basename3(m.target)))
    return m.target;
  return void 0;
}

// src/rules/run-image.ts
function runImage(spec) {
  const s = spec.image;
  if (!s || s.opaque || s.value === void 0 || spec.imageBuilt) return void 0;
  const text = s.value.trim();
  if (!text || text.includes("$") || templatePlaceholders(text).length > 0 || isTransportRef(text))
    return void 0;
  const ref = { ...parseImageRef(text), unresolved: [], tagFromVariable: false };
  if (ref.scratch) return void 0;
  return { ref, range: s.range, subject: `${describe(spec)} runs ${ref.text}` };
}

// src/rules/dockerfile/base-image-digest.ts
function needsDigest(base, ignore) {
  return !base.digest?.startsWith("sha256:") && !ignore.some((p) => imageMatches(base, p));
}
function ignoreList(options) {
  return Array.isArray(options.ignore) ? options.ignore.filter((p) => typeof p === "string") : [];
}
var base_image_digest_default = defineRule({
  id: "dockerfile/base-image-digest",
  severity: "warning",
  summary: "FROM is not pinned by digest",
  options: {
    ignore: {
      type: "array",
      items: { type: "string" },
      description: "Image patterns that need no digest (`*` matches any run of characters; no registry means Docker Hub).",
      default: []
    }
  },
  check(model, options, report) {
    const ignore = ignoreList(options);
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const base = externalBase(stage);
      if (!base || !needsDigest(base, ignore)) continue;
      const shown = base.tag ? `${base.name}:${base.tag}` : base.name;
      report({
        range: imageArgRange(stage),
        message: `FROM ${base.text} is not pinned by digest: a tag can be re-pushed, so the same Dockerfile can build on a different (or tampered) base. Append the digest, e.g. ${shown}@sha256:<digest> (\`docker buildx imagetools inspect ${shown}\` prints it), and let Renovate or Dependabot keep it current.`,
        context: stage.name ? { stage: stage.name } : void 0
      });
    }
  },
  checkRuntime(spec, options, report) {
    const run = runImage(spec);
    if (!run || !needsDigest(run.ref, ignoreList(options))) return;
    const shown = run.ref.tag ? `${run.ref.name}:${run.ref.tag}` : run.ref.name;
    report({
      range: run.range,
      message: `${run.subject}, which is not pinned by digest: a tag can be re-pushed, so the same configuration can run a different (or tampered) image. Append the digest, e.g. ${shown}@sha256:<digest>.`
    });
  }
});

// src/rules/end-of-life.ts
var EOL_FAMILIES = [
  {
    images: ["python", "pypy"],
    product: "Python",
    source: "https://devguide.python.org/versions/",
    versions: {
      "2": "2020-01-01",
      "3.5": "2020-09-30",
      "3.6": "2021-12-23",
      "3.7": "2023-06-27",
      "3.8": "2024-10-07",
      "3.9": "2025-10-31",
      "3.10": "2026-10-31",
      "3.11": "2027-10-31",
      "3.12": "2028-10-31",
      "3.13": "2029-10-31"
    }
  },
  {
    images: ["node"],
    product: "Node.js",
    source: "https://github.com/nodejs/release#release-schedule",
    versions: {
      "4": "2018-04-30",
      "6": "2019-04-30",
      "8": "2019-12-31",
      "10": "2021-04-30",
      "12": "2022-04-30",
      "14": "2023-04-30",
      "15": "2021-06-01",
      "16": "2023-09-11",
      "17": "2022-06-01",
      "18": "2025-04-30",
      "19": "2023-06-01",
      "20": "2026-04-30",
      "21": "2024-06-01",
      "22": "2027-04-30",
      "23": "2025-06-01"
    }
  },
  {
    images: ["ubuntu"],
    product: "Ubuntu (standard support)",
    source: "https://ubuntu.com/about/release-cycle",
    suffix: { prefix: "" },
    versions: {
      "14.04": "2019-04-30",
      trusty: "2019-04-30",
      "16.04": "2021-04-30",
      xenial: "2021-04-30",
      "18.04": "2023-05-31",
      bionic: "2023-05-31",
      "20.04": "2025-05-31",
      focal: "2025-05-31",
      "22.04": "2027-06-30",
      jammy: "2027-06-30",
      "24.04": "2029-05-31",
      noble: "2029-05-31"
    }
  },
  {
    images: ["debian"],
    product: "Debian (including LTS)",
    source: "https://wiki.debian.org/LTS",
    suffix: { prefix: "" },
    versions: {
      "8": "2020-06-30",
      jessie: "2020-06-30",
      "9": "2022-06-30",
      stretch: "2022-06-30",
      "10": "2024-06-30",
      buster: "2024-06-30",
      "11": "2026-08-31",
      bullseye: "2026-08-31",
      "12": "2028-06-30",
      bookworm: "2028-06-30"
    }
  },
  {
    images: ["alpine"],
    product: "Alpine Linux",
    source: "https://alpinelinux.org/releases/",
    suffix: { prefix: "alpine" },
    versions: {
      "3.12": "2022-05-01",
      "3.13": "2022-11-01",
      "3.14": "2023-05-01",
      "3.15": "2023-11-01",
      "3.16": "2024-05-23",
      "3.17": "2024-11-22",
      "3.18": "2025-05-09",
      "3.19": "2025-11-01",
      "3.20": "2026-04-01",
      "3.21": "2026-11-01",
      "3.22": "2027-05-01"
    }
  },
  {
    images: ["centos"],
    product: "CentOS Linux",
    source: "https://www.centos.org/centos-linux-eol/",
    versions: { "6": "2020-11-30", "7": "2024-06-30", "8": "2021-12-31", "": "2024-06-30" }
  },
  {
    images: ["golang"],
    product: "Go",
    source: "https://go.dev/doc/devel/release (each release is supported until two newer ones are out)",
    versions: {
      "1.19": "2023-08-08",
      "1.20": "2024-02-06",
      "1.21": "2024-08-13",
      "1.22": "2025-02-11",
      "1.23": "2025-08-12"
    }
  },
  {
    images: ["php"],
    product: "PHP",
    source: "https://www.php.net/supported-versions.php",
    versions: {
      "5": "2018-12-31",
      "7.0": "2019-01-10",
      "7.1": "2019-12-01",
      "7.2": "2020-11-30",
      "7.3": "2021-12-06",
      "7.4": "2022-11-28",
      "8.0": "2023-11-26",
      "8.1": "2025-12-31",
      "8.2": "2026-12-31",
      "8.3": "2027-12-31"
    }
  },
  {
    images: ["ruby"],
    product: "Ruby",
    source: "https://www.ruby-lang.org/en/downloads/branches/",
    versions: {
      "2.6": "2022-04-12",
      "2.7": "2023-03-31",
      "3.0": "2024-04-23",
      "3.1": "2025-03-26",
      "3.2": "2026-03-31"
    }
  }
];

// src/rules/dockerfile/base-image-eol.ts
function startsWithRelease(tag, release) {
  if (!tag.startsWith(release)) return false;
  const next = tag[release.length];
  return next === void 0 || !/[0-9]/.test(next) || !/[0-9]$/.test(release);
}
function eolReleases(ref) {
  if (ref.registry !== DOCKER_HUB) return [];
  const name = ref.name.toLowerCase();
  const tag = (ref.tag ?? "").toLowerCase();
  const hits2 = [];
  for (const family of EOL_FAMILIES) {
    if (family.images.includes(name)) {
      const own = tag === "" || tag === "latest" ? "" : tag;
      let best;
      for (const release of Object.keys(family.versions)) {
        const hit = release === "" ? own === "" : own !== "" && startsWithRelease(own, release);
        if (hit && (best === void 0 || release.length > best.length)) best = release;
      }
      if (best !== void 0) hits2.push({ family, release: best, date: family.versions[best] });
      continue;
    }
    if (!family.suffix || !tag.includes("-")) continue;
    for (const part of tag.split("-").slice(1)) {
      const release = part.slice(family.suffix.prefix.length);
      if (!part.startsWith(family.suffix.prefix) || !family.versions[release]) continue;
      if (family.suffix.prefix === "" && /^[0-9.]+$/.test(release)) continue;
      hits2.push({ family, release, date: family.versions[release] });
    }
  }
  return hits2;
}
var DAY = 24 * 60 * 60 * 1e3;
function judge(ref, subject, range, options, report, context) {
  if (!options.today) return;
  const today = Date.parse(options.today);
  const warnDays = typeof options.warnDays === "number" && options.warnDays >= 0 ? options.warnDays : 0;
  for (const hit of eolReleases(ref)) {
    const what = `${hit.family.product}${hit.release ? ` ${hit.release}` : ""}`;
    const days = Math.round((Date.parse(hit.date) - today) / DAY);
    if (days <= 0) {
      report({
        range,
        message: `${subject} is end-of-life: ${what} has had no security fixes since ${hit.date} (${hit.family.source}). Move to a supported release.`,
        context
      });
    } else if (days <= warnDays) {
      report({
        range,
        severity: "info",
        message: `${subject} reaches end of life in ${days} day${days === 1 ? "" : "s"}: ${what} gets no security fixes after ${hit.date} (${hit.family.source}). Plan the move to a supported release.`,
        context
      });
    }
  }
}
var base_image_eol_default = defineRule({
  id: "dockerfile/base-image-eol",
  aliases: [],
  severity: "warning",
  summary: "An image is an end-of-life release (Python 3.8, Node.js 16, Debian buster, Alpine 3.16\u2026)",
  options: {
    warnDays: {
      type: "integer",
      minimum: 0,
      description: "Also report (as info) a release that reaches end of life within this many days; 0: only past ones.",
      default: 90
    },
    today: {
      type: ["string", "null"],
      pattern: "^\\d{4}-\\d{2}-\\d{2}$",
      description: "The date to judge against (YYYY-MM-DD); null: the day of the run.",
      default: null
    }
  },
  check(model, options, report) {
    for (const stage of model.stages) {
      const base = externalBase(stage);
      if (!base) continue;
      judge(
        base,
        `FROM ${base.text}`,
        imageArgRange(stage),
        options,
        report,
        stage.name ? { stage: stage.name } : void 0
      );
    }
  },
  checkRuntime(spec, options, report) {
    const run = runImage(spec);
    if (run) judge(run.ref, `${run.subject}, which`, run.range, options, report);
  }
});

// src/rules/dockerfile/base-image-latest.ts
function latestProblem(base) {
  if (base.tag !== "latest" || base.digest) return void 0;
  return {
    fix: `Pin a version tag (${base.name}:<version>) or a digest (${base.name}@sha256:\u2026).`,
    why: "the image behind it changes without notice, so builds are not reproducible and a new major version can break them."
  };
}
var base_image_latest_default = defineRule({
  id: "dockerfile/base-image-latest",
  aliases: ["DL3007", "DS001", "AVD-DS-0001", "CKV_DOCKER_7"],
  severity: "warning",
  summary: 'FROM uses the mutable "latest" tag',
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const base = externalBase(stage);
      const problem3 = base && latestProblem(base);
      if (!base || !problem3) continue;
      const { why, fix } = problem3;
      const context = stage.name ? { stage: stage.name } : void 0;
      const tagRange = literalTagRange(stage);
      if (tagRange) {
        report({
          range: tagRange,
          message: `FROM ${base.text} uses the mutable "latest" tag: ${why} ${fix}`,
          context
        });
        continue;
      }
      const origin = varOrigins(model, stage.from, base.raw).reverse().find((o) => o.value !== void 0 && /(?:^|:)latest$/.test(o.value.split("@")[0]));
      if (origin) {
        report({
          range: origin.property.valueRange ?? origin.property.range,
          message: `ARG ${origin.name} defaults to "${origin.value}", so FROM at line ${stage.from.range.line} uses the mutable "latest" tag: ${why} ${fix}`,
          context
        });
      } else {
        report({
          range: imageArgRange(stage),
          message: `FROM ${base.text} uses the mutable "latest" tag: ${why} ${fix}`,
          context
        });
      }
    }
  },
  checkRuntime(spec, _options, report) {
    const run = runImage(spec);
    const problem3 = run && latestProblem(run.ref);
    if (!run || !problem3) return;
    report({
      range: run.range,
      message: `${run.subject}, which uses the mutable "latest" tag: ${problem3.why.replace("builds are", "runs are")} ${problem3.fix}`
    });
  }
});

// src/rules/dockerfile/base-image-untagged.ts
var base_image_untagged_default = defineRule({
  id: "dockerfile/base-image-untagged",
  aliases: ["DL3006", "DS001", "AVD-DS-0001", "CKV_DOCKER_7"],
  severity: "warning",
  summary: "FROM names an image without a tag or digest",
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const base = externalBase(stage);
      if (!base || base.tag || base.digest) continue;
      const origin = base.raw.includes("$") ? varOrigins(model, stage.from, base.raw)[0] : void 0;
      const where = origin ? ` (from the default of ARG ${origin.name} at line ${origin.instruction.range.line})` : "";
      report({
        range: imageArgRange(stage),
        message: `FROM ${base.text}${where} has neither a tag nor a digest, so the build pulls whatever "latest" is that day: builds are not reproducible and can break without any change here. Pin a version tag (${base.name}:<version>) or a digest (${base.name}@sha256:\u2026).`,
        context: stage.name ? { stage: stage.name } : void 0
      });
    }
  },
  checkRuntime(spec, _options, report) {
    const run = runImage(spec);
    if (!run || run.ref.tag || run.ref.digest) return;
    report({
      range: run.range,
      message: `${run.subject}, which has neither a tag nor a digest, so it runs whatever "latest" is on the day the image is pulled. Pin a version tag (${run.ref.name}:<version>) or a digest (${run.ref.name}@sha256:\u2026).`
    });
  }
});

// src/rules/dockerfile/cache-order.ts
var EXTENSIONLESS_FILES = /^(?:Makefile|GNUmakefile|LICEN[CS]E|COPYING|NOTICE|README|CHANGELOG|AUTHORS|VERSION|Procfile|Dockerfile|Containerfile|Jenkinsfile|Vagrantfile|Rakefile|Gemfile|Pipfile|Brewfile|Justfile|Taskfile|gradlew|mvnw)$/i;
function looksLikeDirectory(src) {
  if (src.endsWith("/")) return true;
  const base = src.split("/").pop() ?? "";
  if (!base || /[*?[$]/.test(base) || base.startsWith("http")) return false;
  return !base.includes(".", 1) && !EXTENSIONLESS_FILES.test(base) && !/^[A-Z0-9_-]+$/.test(base);
}
function broadCopies(model, inst) {
  if (inst.keyword !== "COPY" && inst.keyword !== "ADD" || flagOf(inst, "from")) return [];
  const paths = copyPaths(model, inst);
  if (!paths) return [];
  const out = [];
  for (const src of paths.sources) {
    if (/^[a-z]+:\/\//i.test(src.value) || src.value.startsWith("git@")) continue;
    if (isWholeContext(src.value)) out.push({ inst, src });
    else if (!isManifestSource(src.value) && looksLikeDirectory(src.value)) {
      out.push({ inst, src, destDir: resolveImagePath(workdirAt(model, inst), paths.dest.value) });
    }
  }
  return out;
}
function directoryOf(model, inst, target) {
  let dir = workdirAt(model, inst);
  for (const cmd of inst.script?.commands ?? []) {
    if (cmd === target.command) break;
    if (cmd.depth > 0 || cmd.inSubstitution) continue;
    const inv = invocationOf(cmd);
    if (inv.name === "cd" && inv.args[0] && !inv.args[0].includes("$"))
      dir = resolveImagePath(dir, inv.args[0]);
  }
  const opt = optionValue(
    target,
    "--prefix",
    "--cwd",
    "--dir",
    "--directory",
    "--working-dir",
    "--project-dir"
  );
  if (opt && !opt.value.includes("$")) dir = resolveImagePath(dir, opt.value);
  return dir;
}
function shorten(text) {
  if (text.length <= 60) return text;
  const cut = text.lastIndexOf(" ", 60);
  return `${text.slice(0, cut > 20 ? cut : 60)} \u2026`;
}
var DEDICATED_STEP = {
  go: "go mod download",
  rust: "cargo fetch",
  maven: "mvn dependency:go-offline",
  gradle: "gradle dependencies",
  dotnet: "dotnet restore"
};
function manifestList(step) {
  if (step.manager.family === "dotnet") return "the project files (*.csproj, *.sln, NuGet.config)";
  if (step.manager.family === "gradle")
    return "build.gradle and settings.gradle (or their .kts forms) and the gradle/ wrapper";
  const m = step.manifests;
  return m.length === 1 ? m[0] : `${m.slice(0, -1).join(", ")} and ${m[m.length - 1]}`;
}
var cache_order_default = defineRule({
  id: "dockerfile/cache-order",
  severity: "warning",
  summary: "Source is copied before the dependency install, so every edit re-installs",
  check(model, _options, report) {
    for (const stage of model.stages) {
      const copies = [];
      const explicitSeen = /* @__PURE__ */ new Set();
      const reported = /* @__PURE__ */ new Set();
      for (const inst of stage.instructions) {
        copies.push(...broadCopies(model, inst));
        if (inst.keyword !== "RUN" || !inst.script) continue;
        const hasCacheMount = mountsOf(inst).some((m) => m.type === "cache");
        for (const inv of findCommands(inst)) {
          const step = dependencyStep(inv);
          if (!step) continue;
          const family = step.manager.family;
          if (step.implicit && (explicitSeen.has(family) || hasCacheMount)) continue;
          if (!step.implicit) explicitSeen.add(family);
          if (copies.length === 0) continue;
          const dir = directoryOf(model, inst, inv);
          const copy = copies.find((c) => c.destDir === void 0 || c.destDir === dir);
          if (!copy) continue;
          const key = `${copy.inst.index}:${copy.src.value}:${family}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const shown = shorten(inv.words.map((w) => w.value).join(" "));
          const what = copy.destDir === void 0 ? `${copy.inst.keyword} ${copy.src.value} copies the whole build context` : `${copy.inst.keyword} ${copy.src.value} copies the directory holding the dependency manifest into ${copy.destDir}`;
          const manifests = manifestList(step);
          const install = step.implicit ? DEDICATED_STEP[family] ?? shown : shown;
          const effect = step.implicit ? `\`${shown}\` (line ${inst.range.line}) downloads the dependencies it needs, so every source edit downloads them all again` : `\`${shown}\` (line ${inst.range.line}), so every source edit invalidates that layer and re-installs every dependency`;
          report({
            range: copy.src.range,
            message: `${what} before ${effect}. Copy ${manifests} first, run \`${install}\`, and copy the rest of the sources after it.`,
            context: stage.name ? { stage: stage.name } : void 0
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/chpasswd.ts
var chpasswd_default = defineRule({
  id: "dockerfile/chpasswd",
  aliases: ["CKV2_DOCKER_17"],
  severity: "warning",
  summary: "RUN sets a password with chpasswd",
  securitySeverity: 7,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "RUN") continue;
        for (const inv of findCommands(inst, "chpasswd")) {
          report({
            range: rangeOfWords(model, inv.words[0]),
            message: "chpasswd sets a password inside the image: the password (or its hash) stays in a layer and in the build history for anyone who pulls the image, and every container shares it. Do not give image users passwords; run as a non-root USER, and pass credentials at run time (secrets, env) if a service needs them."
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/consecutive-run.ts
var DELIBERATE_CHAIN = 2;
function flagKey(inst) {
  return inst.flags.map((f) => `${f.name.toLowerCase()}=${f.value ?? ""}`).sort().join(" ");
}
function commandCount(inst) {
  if (inst.form === "exec") return 1;
  return inst.script ? inst.script.commands.filter((c) => c.words.length > 0 || c.assignments.length > 0).length : 1;
}
var SHELL_STATE = /* @__PURE__ */ new Set([
  "cd",
  "pushd",
  "popd",
  "export",
  "unset",
  "set",
  "shopt",
  "umask",
  "ulimit",
  "source",
  ".",
  "alias",
  "trap",
  "exit",
  "exec",
  "return",
  "shift",
  "read",
  "readonly",
  "local",
  "declare",
  "typeset",
  "eval"
]);
function mergeFix(model, a, b) {
  if (a.form !== "shell" || b.form !== "shell" || !a.posixShell || !b.posixShell) return void 0;
  if (a.heredocs.length > 0 || b.heredocs.length > 0 || !a.argsRange || !b.argsRange) return void 0;
  if (a.script?.commands.some(
    (c) => c.words.length === 0 && c.assignments.length > 0 || SHELL_STATE.has(c.name)
  )) {
    return void 0;
  }
  const first = a.argsText.replace(/\s+$/, "");
  if (first.includes("#") || /(?:&&|\|\||[|;&\\`])$/.test(first)) return void 0;
  const end = a.argsOffset + first.length;
  const between = model.text.slice(end, b.argsOffset);
  if (!/^\s*RUN\s+(?:--\S+\s+)*$/i.test(between)) return void 0;
  const multiLine = first.includes("\n");
  return {
    description: "Join the two RUN instructions with &&",
    edits: [
      {
        range: model.rangeOf(end, b.argsOffset),
        text: multiLine ? ` ${model.escapeChar}
    && ` : " && "
      }
    ]
  };
}
var consecutive_run_default = defineRule({
  id: "dockerfile/consecutive-run",
  aliases: ["DL3059"],
  severity: "info",
  summary: "Consecutive RUN instructions could be one",
  fixable: true,
  check(model, _options, report) {
    for (const stage of model.stages) {
      const list = stage.instructions;
      for (let i = 1; i < list.length; i++) {
        const prev = list[i - 1];
        const cur = list[i];
        if (prev.keyword !== "RUN" || cur.keyword !== "RUN") continue;
        if (flagKey(prev) !== flagKey(cur)) continue;
        if (commandCount(prev) >= DELIBERATE_CHAIN || commandCount(cur) >= DELIBERATE_CHAIN) continue;
        const fix = mergeFix(model, prev, cur);
        report({
          range: cur.keywordRange,
          message: `This RUN directly follows the RUN at line ${prev.range.line}: each RUN adds a layer, and files deleted by the second still weigh in the first. Join them into one RUN with &&.`,
          ...fix ? { fix } : {},
          context: stage.name ? { stage: stage.name } : void 0
        });
      }
    }
  }
});

// src/rules/buildkit.ts
function levenshtein(a, b) {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array(b.length + 1);
  let cur = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
var SuggestionBudget = class {
  constructor(limit = 2e6) {
    this.limit = limit;
  }
  limit;
  /** Units spent so far (candidates looked at plus edit-distance cells). */
  spent = 0;
  get exhausted() {
    return this.spent >= this.limit;
  }
};
var MAX_SUGGESTED_NAME_LENGTH = 64;
function suggestNameWithin(value, candidates, budget, options = {}) {
  const { caseSensitive = true, maxDistance = 3 } = options;
  if (budget.exhausted || value.length > MAX_SUGGESTED_NAME_LENGTH) return void 0;
  const v = caseSensitive ? value : value.toLowerCase();
  let best;
  let bestDist = maxDistance;
  for (const c of candidates) {
    budget.spent++;
    if (budget.exhausted) break;
    const o = caseSensitive ? c : c.toLowerCase();
    if (o === v) return void 0;
    if (Math.abs(o.length - v.length) >= bestDist || o.length > MAX_SUGGESTED_NAME_LENGTH) continue;
    budget.spent += o.length * v.length;
    const d = levenshtein(v, o);
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  return best;
}
function didYouMean(suggestion, prefix = "") {
  return suggestion ? ` (did you mean ${prefix}${suggestion}?)` : "";
}
function isSelfConsistentCase(s) {
  return s === s.toLowerCase() || s === s.toUpperCase();
}
var NAME_START2 = /[A-Za-z_]/;
var NAME_CHAR2 = /[A-Za-z0-9_]/;
function scanVarRefs(text, escapeChar = "\\", instructionText = false) {
  const refs = [];
  let closeOf;
  let single = false;
  let double = false;
  let lineStart = true;
  let first = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      lineStart = true;
      first = false;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      if (instructionText && !first) {
        const rest = /^[ \t]*#/.exec(text.slice(i, i + 200));
        if (rest) {
          const nl = text.indexOf("\n", i);
          if (nl < 0) break;
          i = nl - 1;
          continue;
        }
      }
    }
    if (single) {
      if (c === "'") single = false;
      continue;
    }
    if (c === escapeChar) {
      if (text[i + 1] !== "\n") i++;
      continue;
    }
    if (c === "'" && !double) {
      single = true;
      continue;
    }
    if (c === '"') {
      double = !double;
      continue;
    }
    if (c !== "$") continue;
    const next = text[i + 1] ?? "";
    if (next === "{") {
      let j = i + 2;
      while (j < text.length && NAME_CHAR2.test(text[j])) j++;
      if (j === i + 2) continue;
      closeOf ??= matchingBraces(text);
      const k = closeOf.get(i + 1) ?? text.length;
      refs.push({ name: text.slice(i + 2, j), start: i, end: Math.min(text.length, k + 1) });
      i = j - 1;
      continue;
    }
    if (NAME_START2.test(next)) {
      let j = i + 2;
      while (j < text.length && NAME_CHAR2.test(text[j])) j++;
      refs.push({ name: text.slice(i + 1, j), start: i, end: j });
      i = j - 1;
    }
  }
  return refs;
}
function matchingBraces(text) {
  const close = /* @__PURE__ */ new Map();
  const open = [];
  for (let k = 0; k < text.length; k++) {
    if (text[k] === "{") open.push(k);
    else if (text[k] === "}" && open.length > 0) close.set(open.pop(), k);
  }
  return close;
}
var lineStartsMemo = /* @__PURE__ */ new WeakMap();
function offsetAt(model, line, column) {
  let starts = lineStartsMemo.get(model);
  if (!starts) {
    starts = [0];
    for (let i = 0; i < model.lines.length; i++) starts.push(starts[i] + model.lines[i].length + 1);
    lineStartsMemo.set(model, starts);
  }
  return starts[Math.max(0, Math.min(line - 1, model.lines.length))] + column - 1;
}
function argsTextBeforeHeredocs(model, inst) {
  if (inst.heredocs.length === 0) return inst.argsText;
  const firstBody = inst.heredocs[0].bodyOffset;
  const lineEnd = model.text.lastIndexOf("\n", firstBody - 1);
  return model.text.slice(inst.argsOffset, Math.max(inst.argsOffset, lineEnd));
}
var KNOWN_OS = /* @__PURE__ */ new Set([
  "aix",
  "android",
  "darwin",
  "dragonfly",
  "freebsd",
  "illumos",
  "ios",
  "js",
  "linux",
  "netbsd",
  "openbsd",
  "plan9",
  "solaris",
  "wasip1",
  "windows"
]);
var ARCH_ALIASES = {
  i386: "386",
  "386": "386",
  x86_64: "amd64",
  "x86-64": "amd64",
  amd64: "amd64",
  aarch64: "arm64",
  arm64: "arm64",
  armhf: ["arm", "v7"],
  armel: ["arm", "v6"],
  arm: "arm",
  ppc64le: "ppc64le",
  ppc64: "ppc64",
  s390x: "s390x",
  riscv64: "riscv64",
  mips64le: "mips64le",
  mips64: "mips64",
  mipsle: "mipsle",
  mips: "mips",
  loong64: "loong64",
  wasm: "wasm"
};
var PLATFORM_PART = /^[A-Za-z0-9_.-]+$/;
function parsePlatform(value) {
  const parts = value.trim().split("/");
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => !PLATFORM_PART.test(p))) return void 0;
  const norm = (os2) => os2.toLowerCase() === "macos" ? "darwin" : os2.toLowerCase();
  const arch = (a2) => {
    const m = ARCH_ALIASES[a2.toLowerCase()];
    if (m === void 0) return void 0;
    return Array.isArray(m) ? { os: "", arch: m[0], variant: m[1] } : { os: "", arch: m };
  };
  if (parts.length === 1) {
    const p = parts[0];
    if (KNOWN_OS.has(norm(p))) return { os: norm(p), arch: "amd64" };
    const a2 = arch(p);
    return a2 ? { ...a2, os: "linux" } : void 0;
  }
  const os = norm(parts[0]);
  const a = arch(parts[1]);
  if (!a) return { os, arch: parts[1].toLowerCase(), variant: parts[2] };
  return { os, arch: a.arch, variant: parts[2] ?? a.variant };
}
var PLATFORM_ARG_DEFAULTS = {
  TARGETPLATFORM: "linux/amd64",
  TARGETOS: "linux",
  TARGETARCH: "amd64",
  TARGETVARIANT: "",
  BUILDPLATFORM: "linux/amd64",
  BUILDOS: "linux",
  BUILDARCH: "amd64",
  BUILDVARIANT: ""
};
var DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
function validDomain(d) {
  let host = d;
  const portMatch = /:(\d+)$/.exec(d);
  if (portMatch && !d.startsWith("[")) host = d.slice(0, -portMatch[0].length);
  if (host.startsWith("[")) return /^\[[0-9A-Fa-f:.]+\](?::\d+)?$/.test(d);
  return host.split(".").every((c) => DOMAIN_COMPONENT.test(c));
}
function imageReferenceProblem(ref) {
  if (ref === "") return "it is empty";
  if (/\s/.test(ref)) return "it contains white space";
  if (/^[a-f0-9]{64}$/.test(ref)) return "a 64-character hexadecimal string is an image ID, not a reference";
  let rest = ref;
  const at = rest.indexOf("@");
  if (at >= 0) {
    if (!DIGEST.test(rest.slice(at + 1))) return `"${rest.slice(at + 1)}" is not a valid digest`;
    rest = rest.slice(0, at);
  }
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    const tag = rest.slice(colon + 1);
    if (!TAG.test(tag)) return tag === "" ? 'the tag after ":" is empty' : `"${tag}" is not a valid tag`;
    rest = rest.slice(0, colon);
  }
  if (rest === "") return "the repository name is empty";
  let path3 = rest;
  const slash = rest.indexOf("/");
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase()) {
      if (!validDomain(first)) return `"${first}" is not a valid registry host`;
      path3 = rest.slice(slash + 1);
    }
  }
  if (path3.length > 255) return "the repository name is longer than 255 characters";
  for (const comp of path3.split("/")) {
    if (!PATH_COMPONENT.test(comp)) {
      if (comp !== comp.toLowerCase()) return "repository names must be lower-case";
      return comp === "" ? "the repository name has an empty path component" : `"${comp}" is not a valid repository name component`;
    }
  }
  return void 0;
}
var SHELL_BUILTINS = /* @__PURE__ */ new Set([
  "cd",
  "source",
  ".",
  "export",
  "set",
  "unset",
  "eval",
  "alias",
  "ulimit",
  "umask",
  "trap",
  "wait",
  "read",
  ":",
  "test",
  "[",
  "exit",
  "return"
]);
function jsonArgsFor(inst) {
  const script = inst.script;
  if (!script || script.errors.length > 0 || script.commands.length !== 1) return void 0;
  const cmd = script.commands[0];
  if (cmd.assignments.length > 0 || cmd.redirects.length > 0 || cmd.negated || cmd.depth !== 0 || cmd.next)
    return void 0;
  let words = cmd.words;
  if (words[0]?.value === "exec") words = words.slice(1);
  if (words.length === 0 || SHELL_BUILTINS.has(words[0].value)) return void 0;
  for (const w of words) {
    if (w.hasExpansion) return void 0;
    if (!w.quoted && /[*?[~{}]/.test(w.value)) return void 0;
  }
  const tail = inst.argsText.slice(words[words.length - 1].end - inst.argsOffset);
  if (tail.trim() !== "") return void 0;
  return `[${words.map((w) => JSON.stringify(w.value)).join(", ")}]`;
}
function splitPortSpec(spec) {
  const parts = spec.split(":");
  let ip = "";
  let hostPort = "";
  let rest;
  if (parts.length === 1) rest = parts[0];
  else if (parts.length === 2) [hostPort, rest] = parts;
  else {
    ip = parts.slice(0, -2).join(":");
    hostPort = parts[parts.length - 2];
    rest = parts[parts.length - 1];
  }
  const slash = rest.indexOf("/");
  return {
    ip,
    hostPort,
    containerPort: slash < 0 ? rest : rest.slice(0, slash),
    proto: slash < 0 ? "" : rest.slice(slash + 1)
  };
}
function exposeSpecs(model, inst, expand) {
  const out = [];
  for (const arg of inst.args) {
    const literal = !/[$"'\\]/.test(arg.value);
    let text = arg.value;
    if (!literal) {
      const e = expand(arg.value);
      if (e.unresolved.length > 0) continue;
      text = e.value.replace(/^(["'])(.*)\1$/, "$2");
    }
    for (const spec of text.split(/\s+/).filter(Boolean))
      out.push({ spec, arg, literal, ...splitPortSpec(spec) });
  }
  return out;
}

// src/rules/dockerfile/consistent-instruction-casing.ts
var consistent_instruction_casing_default = defineRule({
  id: "dockerfile/consistent-instruction-casing",
  aliases: ["ConsistentInstructionCasing", "FileConsistentCommandCasing", "SelfConsistentCommandCasing"],
  severity: "info",
  summary: "Instruction keywords mix upper and lower case",
  fixable: true,
  check(model, _options, report) {
    const counted = model.instructions.filter((i) => i.stage >= 0);
    let lower = 0;
    let upper = 0;
    for (const inst of counted) {
      const k = inst.keywordRaw;
      if (!isSelfConsistentCase(k)) continue;
      if (k === k.toLowerCase()) lower++;
      else upper++;
    }
    const majorityLower = lower > upper;
    const casing = majorityLower ? "lowercase" : "uppercase";
    for (const inst of counted) {
      const k = inst.keywordRaw;
      const want = majorityLower ? k.toLowerCase() : k.toUpperCase();
      if (k === want) continue;
      report({
        range: inst.keywordRange,
        message: `Command '${k}' should match the case of the command majority (${casing}); one casing for every instruction keeps the file easy to scan. Write \`${want}\`.`,
        fix: { description: `Write ${want}`, edits: [{ range: inst.keywordRange, text: want }] }
      });
    }
  }
});

// src/rules/dockerfile/copy-dest-slash.ts
function isDir(dest) {
  return /[/\\]$/.test(dest) || dest === "." || dest === "..";
}
var copy_dest_slash_default = defineRule({
  id: "dockerfile/copy-dest-slash",
  aliases: ["DL3021", "DS011", "AVD-DS-0011"],
  severity: "error",
  summary: "COPY with several sources to a destination that does not end with /",
  fixable: true,
  check(model, _options, report) {
    for (const inst of instructionsOf(model, "COPY", "ADD")) {
      const parts = copyParts(model, inst);
      const dest = parts.dest;
      if (!dest || parts.sources.length < 2) continue;
      const raw = unquote2(dest.value);
      if (isDir(raw)) continue;
      const expanded = expandVars(raw, inst.scope, model.escapeChar);
      if (expanded.unresolved.length > 0 || isDir(expanded.value)) continue;
      const quoted = dest.value !== raw;
      report({
        range: dest.range,
        message: `${inst.keyword} copies ${parts.sources.length} sources to "${raw}", which does not end with "/": the builder only accepts several sources into a directory. Write "${raw}/".`,
        fix: parts.json ? void 0 : {
          description: "Add a trailing slash to the destination",
          edits: [
            {
              range: {
                line: dest.range.endLine,
                column: dest.range.endColumn - (quoted ? 1 : 0),
                endLine: dest.range.endLine,
                endColumn: dest.range.endColumn - (quoted ? 1 : 0)
              },
              text: "/"
            }
          ]
        }
      });
    }
  }
});

// src/rules/dockerfile/copy-from-own-stage.ts
var copy_from_own_stage_default = defineRule({
  id: "dockerfile/copy-from-own-stage",
  aliases: ["DL3023", "DS006", "AVD-DS-0006"],
  severity: "error",
  summary: "COPY --from names the stage it is in",
  check(model, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== "COPY" && inst.keyword !== "ADD") continue;
      const from = flagOf(inst, "from");
      if (!from?.value) continue;
      const src = resolveSource(model, inst, unquote2(from.value));
      if (src.kind !== "stage" || src.stage.index !== inst.stage) continue;
      report({
        range: from.valueRange ?? from.range,
        message: `${inst.keyword} --from=${from.value} names the stage it is part of; a stage cannot copy from itself (the builder fails with a dependency cycle). Copy from an earlier stage, or use the path directly.`
      });
    }
  }
});

// src/rules/hadolint-b.ts
function runInstructions(model, opts = {}) {
  const shipped = opts.shippedOnly ? shippedStages(model) : void 0;
  const out = [];
  for (const inst of model.instructions) {
    if (inst.keyword === "RUN" && (!shipped || shipped.has(inst.stage))) out.push(inst);
    if (opts.onbuild !== false && inst.trigger?.keyword === "RUN") out.push(inst.trigger);
  }
  return out;
}
function shippedStages(model) {
  return new Set(finalStageChain(model).map((s) => s.index));
}
function editableWord(model, w) {
  return w.end > w.start && model.text.slice(w.start, w.end) === w.raw;
}
function insertAt(model, offset, text) {
  return { range: model.rangeOf(offset, offset), text };
}
function insertAfterWord(model, w, text, description) {
  if (!editableWord(model, w)) return void 0;
  return { description, edits: [insertAt(model, w.end, text)] };
}
function appendCommandFix(model, inst, command, description) {
  if (inst.form !== "shell" || inst.heredocs.length > 0 || !inst.script) return void 0;
  const text = inst.argsText.replace(/\s+$/, "");
  if (!text) return void 0;
  const lastLine = text.slice(text.lastIndexOf("\n") + 1);
  if (/^\s*#/.test(lastLine) || /[;&|\\`]$/.test(text)) return void 0;
  return { description, edits: [insertAt(model, inst.argsOffset + text.length, ` && ${command}`)] };
}
function stripGlobTail(p) {
  let s = p.replace(/^["']|["']$/g, "");
  for (; ; ) {
    const next = s.replace(/\/\*$|\/\.$|\*$|\/$/, "");
    if (next === s) return s;
    s = next;
  }
}
function removesDir(inst, after, dirs) {
  for (const inv of findCommands(inst, "rm")) {
    if (inv.command.start < after) continue;
    for (const w of inv.words.slice(1)) {
      if (w.value.startsWith("-")) continue;
      const p = stripGlobTail(w.value);
      if (p.length < 2) continue;
      for (const d of dirs) {
        if (d === p || d.startsWith(`${p}/`) || p.startsWith(`${d}/`) || w.value.endsWith("*") && d.startsWith(p))
          return true;
      }
    }
  }
  return false;
}
function mountsCacheOver(inst, dirs) {
  for (const m of mountsOf(inst)) {
    if (m.type !== "cache" && m.type !== "tmpfs" || !m.target) continue;
    const t = stripGlobTail(m.target) || "/";
    for (const d of dirs) {
      const dd = d.replace(/^~/, "/root");
      if (dd === t || dd.startsWith(t === "/" ? "/" : `${t}/`)) return true;
    }
  }
  return false;
}
function resolveWord(model, inst, w) {
  if (!w.hasExpansion) return { value: w.value, unresolved: [] };
  if (/\$\(|`/.test(w.value)) return { value: w.value, unresolved: ["$(\u2026)"] };
  const e = expandVars(w.value, inst.scope, "\\");
  return { value: e.value, unresolved: e.unresolved };
}
function envFlagSet(inst, inv, name) {
  const truthy = (v) => v !== void 0 && !/^(?:|0|false|no|off)$/i.test(v.replace(/^["']|["']$/g, "").trim());
  if (truthy(inst.scope.get(name)?.value)) return true;
  const assigned = (words) => words.some((a) => a.value.startsWith(`${name}=`) && truthy(a.value.slice(name.length + 1)));
  if (assigned(inv.command.assignments)) return true;
  const cmdWords = inv.command.words;
  const progIndex = cmdWords.indexOf(inv.words[0]);
  if (progIndex > 0 && assigned(cmdWords.slice(0, progIndex))) return true;
  for (const c of inst.script?.commands ?? []) {
    if (c.start >= inv.command.start) break;
    if (c.words.length === 0 && assigned(c.assignments)) return true;
    if (c.name === "export" && assigned(c.words.slice(1))) return true;
  }
  return false;
}
function labelPairs(model, stages) {
  const out = [];
  for (const inst of model.instructions) {
    if (inst.keyword !== "LABEL" || stages && !stages.has(inst.stage)) continue;
    for (const prop of inst.properties) {
      const value = prop.value ?? "";
      out.push({
        inst,
        prop,
        key: prop.name,
        value,
        hasVariable: hasVariableRef(value, model.escapeChar),
        valueRange: prop.valueRange ?? prop.range
      });
    }
  }
  return out;
}
function hasVariableRef(text, escapeChar = "\\") {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === escapeChar) {
      i++;
      continue;
    }
    if (text[i] === "$" && /[A-Za-z_{]/.test(text[i + 1] ?? "")) return true;
  }
  return false;
}
function finalLabels(model) {
  const out = /* @__PURE__ */ new Map();
  for (const pair of labelPairs(model, shippedStages(model))) out.set(pair.key, pair);
  return out;
}
function keyMatches(pattern, key) {
  if (!pattern.includes("*")) return pattern === key;
  const parts = pattern.split("*");
  if (!key.startsWith(parts[0]) || !key.endsWith(parts[parts.length - 1])) return false;
  let pos = parts[0].length;
  for (let i = 1; i < parts.length - 1; i++) {
    const at = key.indexOf(parts[i], pos);
    if (at < 0) return false;
    pos = at + parts[i].length;
  }
  return pos <= key.length - parts[parts.length - 1].length;
}
function checkLabelFormat(model, labels, valid, message, report) {
  if (labels.length === 0) return;
  for (const pair of labelPairs(model)) {
    if (!labels.some((p) => keyMatches(p, pair.key))) continue;
    if (pair.hasVariable || pair.value.trim() === "") continue;
    if (!valid(pair.value.trim())) report({ range: pair.valueRange, message: message(pair.key, pair.value) });
  }
}
var DNF_NAMES = ["dnf", "dnf5", "dnf-3", "microdnf", "tdnf"];
var RPM_CACHE_DIRS = [
  "/var/cache/yum",
  "/var/cache/dnf",
  "/var/cache/libdnf5",
  "/var/cache/tdnf"
];
function rpmCacheDir(tool) {
  if (tool === "yum") return "/var/cache/yum";
  if (tool === "tdnf") return "/var/cache/tdnf";
  return tool === "dnf5" ? "/var/cache/libdnf5" : "/var/cache/dnf";
}
var RPM_ALL = ["yum", ...DNF_NAMES];
function rpmActionWord(inv) {
  const ops = operandsOf(inv);
  const sub2 = ops[0]?.value;
  if (sub2 === "group" || sub2 === "groups" || sub2 === "module") return ops[1] ?? ops[0];
  return ops[0];
}
function checkAssumeYes(model, names, report) {
  for (const inst of runInstructions(model)) {
    for (const inv of findCommands(inst, names)) {
      if (inv.name === "microdnf") continue;
      const actions = actionsOf(inv);
      if (!actions.has("install") && !actions.has("upgrade") && !actions.has("remove")) continue;
      if (hasOption(inv, "-y", "--assumeyes", "--assumeno")) continue;
      const action = rpmActionWord(inv) ?? inv.words[0];
      const sub2 = action.value;
      report({
        range: model.rangeOf(inv.words[0].start, action.end),
        message: `\`${inv.name} ${sub2}\` without \`-y\` waits for a confirmation that a build cannot give, so the step fails; write \`${inv.name} ${sub2} -y \u2026\` (or \`--assumeyes\`).`,
        fix: insertAfterWord(model, action, " -y", `Add -y to ${inv.name} ${sub2}`)
      });
    }
  }
}
function checkRpmClean(model, names, shippedOnly, report) {
  for (const inst of runInstructions(model, { shippedOnly })) {
    const changes = findCommands(inst, names).filter((inv) => {
      const a = actionsOf(inv);
      return a.has("install") || a.has("upgrade");
    });
    if (changes.length === 0) continue;
    const last = changes[changes.length - 1];
    const cleaned = findCommands(inst, RPM_ALL).some((inv) => {
      const ops = operandsOf(inv).map((w) => w.value);
      return inv.command.start > last.command.start && ops[0] === "clean" && ops.includes("all");
    });
    if (cleaned || removesDir(inst, last.command.start, RPM_CACHE_DIRS) || mountsCacheOver(inst, RPM_CACHE_DIRS))
      continue;
    const first = changes[0];
    const action = rpmActionWord(first) ?? first.words[0];
    const tool = last.name;
    report({
      range: model.rangeOf(first.words[0].start, action.end),
      message: `\`${first.name} ${action.value}\` leaves the package and metadata caches in the layer (often tens of MB); end the same RUN with \`${tool} clean all\`, or mount the cache with \`--mount=type=cache,target=${rpmCacheDir(tool)}\`.`,
      fix: appendCommandFix(model, inst, `${tool} clean all`, `Append ${tool} clean all`)
    });
  }
}
function assignedIn(inst, name) {
  const n = name.replace(/[^A-Za-z0-9_]/g, "\\$&");
  const text = inst.argsText + inst.heredocs.map((h) => "\n" + h.body).join("");
  return new RegExp(`(?:^|[^\\w$])${n}=|\\b(?:read|for)\\b[^;&|\\n]*\\b${n}\\b`).test(text);
}
function rpmSpecPinned(spec) {
  if (/\.rpm$/i.test(spec) || spec.includes("/")) return true;
  return /-(?:\d+:)?\d[\w.+~^]*(?:-\d[\w.+~^]*)?$/.test(spec);
}
function checkRpmPins(model, names, report) {
  const declared = /* @__PURE__ */ new Set();
  for (const i of model.instructions)
    if (i.keyword === "ARG" || i.keyword === "ENV") for (const p of i.properties) declared.add(p.name);
  for (const inst of runInstructions(model)) {
    for (const inv of findCommands(inst, names)) {
      if (!actionsOf(inv).has("install")) continue;
      const ops = operandsOf(inv);
      const sub2 = ops[0]?.value;
      if (sub2 === "group" || sub2 === "groups" || sub2 === "groupinstall") continue;
      if (sub2 === "builddep" || sub2 === "localinstall") continue;
      const module = sub2 === "module";
      for (const w of installedPackages(inv)) {
        if (w.value.startsWith("@") && !w.value.includes(":")) continue;
        const { value, unresolved } = resolveWord(model, inst, w);
        const elsewhere = unresolved.filter(
          (n) => declared.has(n) && !inst.scope.has(n) && !assignedIn(inst, n)
        );
        if (unresolved.length > elsewhere.length) continue;
        const bad = value.split(/\s+/).filter((s) => s.length > 0).filter((s) => module || s.startsWith("@") ? !/:[^:]+/.test(s) : !rpmSpecPinned(s));
        if (bad.length === 0) continue;
        const example2 = module ? `${bad[0].replace(/^@/, "")}:<stream>` : `${bad[0]}-<version>`;
        report({
          range: model.rangeOf(w.start, w.end),
          message: `\`${inv.name} ${module ? "module install" : "install"} ${bad[0]}\` installs whatever version the repository has at build time, so rebuilds differ; pin it: \`${example2}\` (a version from an ARG counts).` + (elsewhere.length > 0 ? ` \`$${elsewhere[0]}\` is set in another stage only, and ARG/ENV values do not cross FROM, so it is empty here.` : "")
        });
      }
    }
  }
}
function copyArgs(model, inst) {
  const joined = inst.argsText.split(`${model.escapeChar}
`).join("").trim();
  if (joined.startsWith("[")) {
    try {
      const arr = JSON.parse(joined);
      if (Array.isArray(arr) && arr.length > 0 && arr.every((x) => typeof x === "string")) {
        const range = inst.argsRange ?? inst.range;
        const parts2 = arr.map((value) => ({ value, range }));
        return { sources: parts2.slice(0, -1), dest: parts2[parts2.length - 1] };
      }
    } catch {
    }
  }
  let args = inst.args;
  const body = inst.heredocs[0]?.bodyRange;
  if (body) args = args.filter((a) => a.range.line < body.line);
  const parts = args.map((a) => ({ value: a.value, range: a.range }));
  return { sources: parts.slice(0, -1), dest: parts[parts.length - 1] };
}

// src/rules/dockerfile/copy-from-root.ts
var ROOT = /* @__PURE__ */ new Set(["/", "/.", "/*", "/./"]);
function scratchRooted(model, stage, seen) {
  if (seen.has(stage.index)) return false;
  seen.add(stage.index);
  const base = rootBase(model, stage);
  if (base.scratch) return true;
  if (base.unresolved.length === 0 || stage.parent !== void 0) return false;
  const pattern = base.raw.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, "*").toLowerCase();
  const candidates = model.stages.filter(
    (s) => s.index < stage.index && s.name && globMatch(pattern, s.name)
  );
  return candidates.length > 0 && candidates.every((s) => scratchRooted(model, s, new Set(seen)));
}
var copy_from_root_default = defineRule({
  id: "dockerfile/copy-from-root",
  aliases: ["DL3067"],
  severity: "warning",
  hadolintOptions: { allow: [], rootTargetOnly: true },
  summary: "COPY --from copies the whole filesystem of another stage or image",
  options: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Images (patterns as in trusted-registries, e.g. `tonistiigi/xx`) made to be copied whole into another image, such as the binary-only images Docker publishes.",
      default: [
        "tonistiigi/xx",
        "moby/moby-bin",
        "dockereng/cli-bin",
        "docker/buildx-bin",
        "docker/compose-bin"
      ]
    },
    rootTargetOnly: {
      type: "boolean",
      description: "Report only copies of a whole filesystem onto `/` (`COPY --from=x / /`), as hadolint does; by default a copy into any folder is reported.",
      default: false
    }
  },
  check(model, options, report) {
    const isRoot3 = (value) => ROOT.has(value.replace(/^(["'])(.*)\1$/, "$2"));
    for (const inst of model.instructions) {
      if (inst.keyword !== "COPY") continue;
      const from = flagOf(inst, "from");
      if (!from?.value) continue;
      const { sources, dest } = copyArgs(model, inst);
      const root = sources.find((s) => isRoot3(s.value));
      if (!root) continue;
      if (options.rootTargetOnly && !(dest && isRoot3(dest.value))) continue;
      const src = resolveSource(model, inst, from.value);
      if (src.kind === "stage" && scratchRooted(model, src.stage, /* @__PURE__ */ new Set())) continue;
      const image = src.kind === "image" ? src.image : src.kind === "stage" ? rootBase(model, src.stage) : void 0;
      if (image && options.allow.some((p) => imageMatches(image, p))) continue;
      report({
        range: root.range,
        message: `\`COPY --from=${from.value} /\` copies that ${src.kind === "stage" ? "stage" : "image"}'s entire filesystem (compilers, package caches, any secrets used while building) into this image; copy only the paths you need, e.g. \`COPY --from=build /app/bin/ /usr/local/bin/\`.`
      });
    }
  }
});

// src/rules/dockerfile/copy-from-unknown-stage.ts
var copy_from_unknown_stage_default = defineRule({
  id: "dockerfile/copy-from-unknown-stage",
  aliases: ["DL3022", "DS018", "AVD-DS-0018"],
  severity: "warning",
  summary: "COPY --from names no earlier stage",
  check(model, _options, report) {
    const budget = new SuggestionBudget();
    for (const inst of model.instructions) {
      if (inst.keyword !== "COPY" && inst.keyword !== "ADD") continue;
      const from = flagOf(inst, "from");
      if (!from?.value) continue;
      const src = resolveSource(model, inst, unquote2(from.value));
      if (src.kind !== "image") continue;
      const ref = src.text;
      const range = from.valueRange ?? from.range;
      const earlier = stagesBefore(model, inst.index);
      if (/^\d+$/.test(ref)) {
        report({
          range,
          message: `${inst.keyword} --from=${ref} refers to stage #${ref}, but only ${earlier} stage(s) start before this line (counting from 0). Name the stage (\`FROM \u2026 AS build\`) and copy with --from=build.`
        });
        continue;
      }
      const key = ref.toLowerCase();
      const later = stagesByName(model).get(key)?.find((s) => s.from.index > inst.index);
      if (later) {
        report({
          range,
          message: `Stage "${ref}" is defined after this ${inst.keyword} (line ${later.from.range.line}), so the builder looks for an image called "${ref}" instead. Move the stage above this line.`
        });
        continue;
      }
      if (/[:@/.]/.test(ref)) continue;
      function* names() {
        for (let i = 0; i < earlier; i++) {
          const name = model.stages[i].nameRaw;
          if (name) yield name;
        }
      }
      const near = suggestNameWithin(key, names(), budget, {
        caseSensitive: false,
        maxDistance: Math.max(1, Math.floor(key.length / 3)) + 1
      });
      report({
        range,
        message: `${inst.keyword} --from=${ref} matches no earlier stage${near ? ` (did you mean "${near}"?)` : ""}, so unless the build passes a named context (\`--build-context ${ref}=\u2026\`) the builder pulls an image called "${ref}" from Docker Hub. Reference a stage defined above, or, for an image, write it with a tag (${ref}:<tag>) or declare it as a stage: \`FROM ${ref}:<tag> AS ${ref}\`.`
      });
    }
  }
});

// src/rules/dockerignore-match.ts
import path2 from "node:path";
function cleanPath(p) {
  if (p === "") return ".";
  const abs = p.startsWith("/");
  const out = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!abs) out.push("..");
      continue;
    }
    out.push(part);
  }
  const joined = out.join("/");
  if (abs) return "/" + joined;
  return joined === "" ? "." : joined;
}
function compileIgnore(lines) {
  const out = [];
  for (const line of lines) {
    let p = line.trim();
    if (p === "" || p.startsWith("#")) continue;
    let exclusion = false;
    if (p.startsWith("!")) {
      exclusion = true;
      p = p.slice(1).trim();
    }
    p = cleanPath(p);
    if (p.length > 1 && p.startsWith("/")) p = p.slice(1);
    if (p === "") continue;
    out.push({ pattern: p, exclusion, source: line });
  }
  return out;
}
function globMatches(pattern, file) {
  const memo = /* @__PURE__ */ new Map();
  const width = file.length + 1;
  const go = (pi, fi) => {
    const key = pi * width + fi;
    const cached = memo.get(key);
    if (cached !== void 0) return cached;
    let result;
    if (pi === pattern.length) result = fi === file.length;
    else {
      const c = pattern[pi];
      if (c === "*" && pattern[pi + 1] === "*") {
        const next = pi + 2;
        if (pattern[next] === "/" && go(next + 1, fi)) result = true;
        else {
          result = false;
          for (let k = fi; k <= file.length && !result; k++) result = go(next, k);
        }
      } else if (c === "*") {
        result = false;
        for (let k = fi; k <= file.length; k++) {
          if (go(pi + 1, k)) {
            result = true;
            break;
          }
          if (k < file.length && file[k] === "/") break;
        }
      } else if (fi === file.length) result = false;
      else if (c === "?") result = file[fi] !== "/" && go(pi + 1, fi + 1);
      else if (c === "[") {
        const cls = matchClass(pattern, pi, file[fi]);
        if (cls === null) result = file[fi] === "[" && go(pi + 1, fi + 1);
        else result = cls.matched && file[fi] !== "/" && go(cls.end, fi + 1);
      } else if (c === "\\" && pi + 1 < pattern.length)
        result = file[fi] === pattern[pi + 1] && go(pi + 2, fi + 1);
      else result = file[fi] === c && go(pi + 1, fi + 1);
    }
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}
function matchClass(pattern, pi, ch) {
  let i = pi + 1;
  let negate = false;
  if (pattern[i] === "^" || pattern[i] === "!") {
    negate = true;
    i++;
  }
  let matched = false;
  let firstItem = true;
  while (i < pattern.length && (pattern[i] !== "]" || firstItem)) {
    firstItem = false;
    let lo = pattern[i];
    if (lo === "\\" && i + 1 < pattern.length) lo = pattern[++i];
    let hi = lo;
    if (pattern[i + 1] === "-" && pattern[i + 2] !== void 0 && pattern[i + 2] !== "]") {
      hi = pattern[i + 2];
      if (hi === "\\" && i + 3 < pattern.length) {
        hi = pattern[i + 3];
        i++;
      }
      i += 2;
    }
    if (ch >= lo && ch <= hi) matched = true;
    i++;
  }
  if (i >= pattern.length) return null;
  return { matched: matched !== negate, end: i + 1 };
}
function ignoredBy(patterns, file) {
  const parent = path2.posix.dirname(file);
  const dirs = parent === "." ? [] : parent.split("/");
  let matched;
  for (const p of patterns) {
    if (p.exclusion !== (matched !== void 0)) continue;
    let hit = globMatches(p.pattern, file);
    for (let i = 0; !hit && i < dirs.length; i++)
      hit = globMatches(p.pattern, dirs.slice(0, i + 1).join("/"));
    if (hit) matched = p.exclusion ? void 0 : p;
  }
  return matched;
}

// src/rules/dockerfile/copy-ignored-file.ts
function remote(src) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(src) || /^git@/.test(src) || /\.git(?:#.*)?$/.test(src);
}
var copy_ignored_file_default = defineRule({
  id: "dockerfile/copy-ignored-file",
  aliases: ["CopyIgnoredFile"],
  severity: "warning",
  summary: "COPY or ADD names a file that .dockerignore excludes from the build context",
  check(model, _options, report) {
    const ignore = model.dockerignore;
    if (!ignore || ignore.patterns.length === 0) return;
    const patterns = compileIgnore(ignore.patterns);
    for (const inst of model.instructions) {
      if (inst.keyword !== "COPY" && inst.keyword !== "ADD") continue;
      if (flagOf(inst, "from")) continue;
      const paths = copyPaths(model, inst);
      if (!paths) continue;
      for (const src of paths.sources) {
        const value = src.value;
        if (value === "" || remote(value) || isWholeContext(value)) continue;
        const cleaned = cleanPath(value).replace(/^\/+/, "");
        const hit = ignoredBy(patterns, value) ?? (cleaned === "." ? void 0 : ignoredBy(patterns, cleaned));
        if (!hit) continue;
        const verb = inst.keyword === "ADD" ? "Add" : "Copy";
        report({
          range: src.range,
          message: `Attempting to ${verb} file "${value}" that is excluded by ${ignore.path} (pattern "${hit.source.trim()}"): excluded files are not sent to the builder, so this fails with "not found" (or silently copies less). Remove the pattern, add an exception (!${cleaned}) after it, or stop copying the file.`
        });
      }
    }
  }
});

// src/rules/dockerfile/copy-instead-of-add.ts
var ADD_ONLY_FLAGS = /* @__PURE__ */ new Set(["checksum", "keep-git-dir", "unpack"]);
var copy_instead_of_add_default = defineRule({
  id: "dockerfile/copy-instead-of-add",
  aliases: ["DL3020", "DS005", "AVD-DS-0005", "CKV_DOCKER_4"],
  severity: "error",
  summary: "ADD used for local files and folders instead of COPY",
  fixable: true,
  check(model, _options, report) {
    for (const inst of instructionsOf(model, "ADD")) {
      if (inst.flags.some((f) => ADD_ONLY_FLAGS.has(f.name.toLowerCase()))) continue;
      const parts = copyParts(model, inst);
      if (parts.sources.length === 0 || parts.heredocSources > 0) continue;
      let plain = true;
      for (const src of parts.sources) {
        const expanded = expandVars(unquote2(src.value), inst.scope, model.escapeChar);
        const value = expanded.value;
        if (expanded.unresolved.length > 0 || isUrl(value) || TAR_ARCHIVE.test(value) || MAYBE_ARCHIVE.test(value)) {
          plain = false;
          break;
        }
      }
      if (!plain) continue;
      const kw = inst.keywordRaw;
      const copy = kw === kw.toLowerCase() ? "copy" : kw === kw.toUpperCase() ? "COPY" : "Copy";
      report({
        range: inst.keywordRange,
        message: "ADD of local files does what COPY does, plus URL downloads and archive extraction nobody asked for, so a renamed file can change what the build does. Use COPY for files and folders.",
        fix: { description: "Replace ADD with COPY", edits: [{ range: inst.keywordRange, text: copy }] }
      });
    }
  }
});

// src/rules/dockerfile/copy-relative-without-workdir.ts
var copy_relative_without_workdir_default = defineRule({
  id: "dockerfile/copy-relative-without-workdir",
  aliases: ["DL3045"],
  severity: "warning",
  summary: "COPY to a relative destination before any WORKDIR",
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (!stage.from.posixShell) continue;
      if (stage.implicit) continue;
      const inherited = ancestorsHave(model, stage, "WORKDIR");
      let workdirSet = inherited;
      for (const inst of stage.instructions) {
        if (inst.keyword === "WORKDIR") workdirSet = true;
        if (inst.keyword !== "COPY") continue;
        const dest = copyArgs(model, inst).dest;
        if (!dest) continue;
        const value = expandVars(dest.value, inst.scope, model.escapeChar);
        if (value.unresolved.length > 0) continue;
        const d = value.value.replace(/^(["'])(.*)\1$/, "$2");
        if (d.startsWith("/") || /^[A-Za-z]:[\\/]/.test(d) || d.startsWith("\\")) continue;
        if (workdirSet) continue;
        report({
          range: dest.range,
          message: `COPY to the relative path "${dest.value}" with no WORKDIR set in this stage lands wherever the base image's WORKDIR points (often /), which can change with the base image; set \`WORKDIR\` first or copy to an absolute path.`
        });
      }
    }
  }
});

// src/rules/dockerfile/denied-base-images.ts
function entriesOf(options) {
  return (Array.isArray(options.images) ? options.images : []).map((e) => typeof e === "string" ? { pattern: e } : e).filter((e) => !!e && typeof e.pattern === "string" && e.pattern.trim() !== "");
}
function reasonOf(hit) {
  return hit.reason?.trim() ? `: "${hit.reason.trim()}"` : "";
}
var denied_base_images_default = defineRule({
  id: "dockerfile/denied-base-images",
  severity: "error",
  summary: "FROM uses a base image the policy denies",
  securitySeverity: 6,
  options: {
    images: {
      type: "array",
      items: {
        anyOf: [
          { type: "string" },
          {
            type: "object",
            properties: { pattern: { type: "string" }, reason: { type: "string" } },
            required: ["pattern"],
            additionalProperties: false
          }
        ]
      },
      description: "Denied images: `pattern` (`centos`, `node:14*`, `python:2*`, `debian:stretch*`: `*` matches any text; no registry means Docker Hub; a tag in the pattern must match too) and the `reason` quoted in the message.",
      default: []
    }
  },
  check(model, options, report) {
    const entries = entriesOf(options);
    if (entries.length === 0) return;
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const base = externalBase(stage);
      if (!base) continue;
      const hit = entries.find((e) => imageMatches(base, e.pattern));
      if (!hit) continue;
      const reason = reasonOf(hit);
      report({
        range: imageArgRange(stage),
        message: `FROM ${base.text} is denied by the policy (pattern ${hit.pattern})${reason}. Base the image on an allowed, supported image instead.`,
        context: stage.name ? { stage: stage.name } : void 0
      });
    }
  },
  checkRuntime(spec, options, report) {
    const run = runImage(spec);
    const hit = run && entriesOf(options).find((e) => imageMatches(run.ref, e.pattern));
    if (!run || !hit) return;
    report({
      range: run.range,
      message: `${run.subject}, which is denied by the policy (pattern ${hit.pattern})${reasonOf(hit)}. Run an allowed, supported image instead.`
    });
  }
});

// src/rules/dockerfile/dnf-assume-yes.ts
var dnf_assume_yes_default = defineRule({
  id: "dockerfile/dnf-assume-yes",
  aliases: ["DL3038"],
  severity: "warning",
  summary: "dnf install/upgrade/remove without -y",
  fixable: true,
  check(model, _options, report) {
    checkAssumeYes(model, DNF_NAMES, report);
  }
});

// src/rules/dockerfile/dnf-clean-all.ts
var dnf_clean_all_default = defineRule({
  id: "dockerfile/dnf-clean-all",
  aliases: ["DL3040", "DS019", "AVD-DS-0019"],
  severity: "warning",
  hadolintOptions: { onlyShippedStages: false },
  summary: "dnf/microdnf install or upgrade without dnf clean all in the same RUN",
  fixable: true,
  options: {
    onlyShippedStages: {
      type: "boolean",
      description: "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); caches left in other build stages never ship.",
      default: true
    }
  },
  check(model, options, report) {
    checkRpmClean(model, DNF_NAMES, options.onlyShippedStages, report);
  }
});

// src/rules/dockerfile/dnf-version-pin.ts
var dnf_version_pin_default = defineRule({
  id: "dockerfile/dnf-version-pin",
  aliases: ["DL3041"],
  severity: "warning",
  summary: "dnf/microdnf install without package versions",
  check(model, _options, report) {
    checkRpmPins(model, DNF_NAMES, report);
  }
});

// src/rules/dockerfile/dockerignore.ts
var dockerignore_default = defineRule({
  id: "dockerfile/dockerignore",
  severity: "warning",
  summary: "The whole build context is copied and there is no .dockerignore",
  check(model, _options, report) {
    if (model.dockerignore) return;
    const base = model.path.split("/").pop() || "Dockerfile";
    for (const inst of model.instructions) {
      if (inst.keyword !== "COPY" && inst.keyword !== "ADD" || flagOf(inst, "from")) continue;
      const paths = copyPaths(model, inst);
      const src = paths?.sources.find((s) => isWholeContext(s.value));
      if (!src) continue;
      const stage = model.stages[inst.stage];
      report({
        range: src.range,
        message: `${inst.keyword} ${src.value} copies the whole build context, and there is no .dockerignore (nor ${base}.dockerignore) beside the Dockerfile: .git, node_modules, local .env files and build output go into the image, and any change to them invalidates the cache. Add a .dockerignore that excludes them.`,
        context: stage?.name ? { stage: stage.name } : void 0
      });
      return;
    }
  }
});

// src/rules/dockerfile/duplicate-stage-name.ts
var duplicate_stage_name_default = defineRule({
  id: "dockerfile/duplicate-stage-name",
  aliases: ["DL3024", "DuplicateStageName", "DS012", "AVD-DS-0012", "CKV_DOCKER_11"],
  severity: "error",
  summary: "Two FROM instructions use the same stage name",
  check(model, _options, report) {
    const seen = /* @__PURE__ */ new Map();
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameRange) continue;
      const first = seen.get(stage.name);
      if (first === void 0) {
        seen.set(stage.name, stage.from.range.line);
        continue;
      }
      report({
        range: stage.nameRange,
        message: `Stage name "${stage.nameRaw}" is already used by the stage on line ${first} (names are case-insensitive). The builder rejects duplicate names; give this stage a name of its own.`
      });
    }
  }
});

// src/rules/dockerfile/env-self-reference.ts
function references(raw, escapeChar) {
  const out = [];
  let single = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (single) {
      if (c === "'") single = false;
      continue;
    }
    if (c === escapeChar) {
      i++;
      continue;
    }
    if (c === "'") {
      single = true;
      continue;
    }
    if (c !== "$") continue;
    const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(raw.slice(i));
    if (m) {
      out.push({ name: m[1] ?? m[2], start: i, end: i + m[0].length });
      i += m[0].length - 1;
    }
  }
  return out;
}
function promotesItself(name, value) {
  const v = (value ?? "").trim();
  return v === `$${name}` || v === `\${${name}}`;
}
var env_self_reference_default = defineRule({
  id: "dockerfile/env-self-reference",
  aliases: ["DL3044"],
  severity: "error",
  summary: "ENV refers to a variable defined earlier in the same ENV",
  check(model, _options, report) {
    let lineStarts;
    const offsetOf = (line, column) => {
      if (!lineStarts) {
        lineStarts = [0];
        for (const l of model.lines) lineStarts.push(lineStarts[lineStarts.length - 1] + l.length + 1);
      }
      return lineStarts[line - 1] + column - 1;
    };
    for (const inst of model.instructions) {
      if (inst.keyword !== "ENV" || inst.properties.length < 2) continue;
      inst.properties.forEach((prop, i) => {
        if (i === 0 || !prop.valueRange) return;
        const from = offsetOf(prop.valueRange.line, prop.valueRange.column);
        const to = offsetOf(prop.valueRange.endLine, prop.valueRange.endColumn);
        const raw = model.text.slice(from, to);
        const earlier = new Set(
          inst.properties.slice(0, i).filter((p) => !promotesItself(p.name, p.value)).map((p) => p.name)
        );
        for (const ref of references(raw, model.escapeChar)) {
          if (!earlier.has(ref.name)) continue;
          report({
            range: model.rangeOf(from + ref.start, from + ref.end),
            message: `\`${ref.name}\` is set earlier in this same ENV, but an ENV expands its values before setting any of them, so \`${prop.name}\` gets the previous value of ${ref.name} (or nothing). Set ${ref.name} in an ENV of its own before this one.`
          });
        }
      });
    }
  }
});

// src/rules/dockerfile/exec-form-cmd.ts
var exec_form_cmd_default = defineRule({
  id: "dockerfile/exec-form-cmd",
  aliases: ["DL3025"],
  severity: "warning",
  summary: "CMD or ENTRYPOINT in shell form instead of JSON (exec) form",
  fixable: true,
  check(model, _options, report) {
    for (const inst of instructionsOf(model, "CMD", "ENTRYPOINT")) {
      if (inst.form === "exec" || !inst.argsRange) continue;
      const json = inst.posixShell ? jsonArgsFor(inst) : void 0;
      const why = inst.keyword === "ENTRYPOINT" ? "runs under `/bin/sh -c`, so the program is not PID 1, does not receive SIGTERM on `docker stop`, and ignores CMD and `docker run` arguments" : "runs under `/bin/sh -c`, so the program is not PID 1 and does not receive SIGTERM on `docker stop`";
      report({
        range: inst.argsRange,
        message: `${inst.keyword} in shell form ${why}. Write it as a JSON array: ${inst.keyword} ${json ?? '["executable", "arg"]'}.`,
        fix: json ? { description: "Use the JSON (exec) form", edits: [{ range: inst.argsRange, text: json }] } : void 0
      });
    }
  }
});

// src/rules/dockerfile/expose-invalid-format.ts
var expose_invalid_format_default = defineRule({
  id: "dockerfile/expose-invalid-format",
  aliases: ["ExposeInvalidFormat"],
  severity: "warning",
  summary: "EXPOSE names an IP address or a host-port mapping",
  fixable: true,
  check(model, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== "EXPOSE") continue;
      for (const s of exposeSpecs(model, inst, (t) => expandVars(t, inst.scope, model.escapeChar))) {
        if (s.ip === "" && s.hostPort === "") continue;
        const fixed = s.containerPort + (s.proto ? `/${s.proto}` : "");
        report({
          range: s.arg.range,
          message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${s.spec}': EXPOSE only documents the port the container listens on, and which host port or address publishes it is decided at run time (docker run -p). This will become an error in a future release; write EXPOSE ${fixed}.`,
          fix: s.literal && s.arg.value === s.spec && fixed ? { description: `Write ${fixed}`, edits: [{ range: s.arg.range, text: fixed }] } : void 0
        });
      }
    }
  }
});

// src/rules/dockerfile/expose-proto-casing.ts
var expose_proto_casing_default = defineRule({
  id: "dockerfile/expose-proto-casing",
  aliases: ["ExposeProtoCasing"],
  severity: "info",
  summary: "The protocol of an EXPOSE port is not lower-case",
  fixable: true,
  check(model, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== "EXPOSE") continue;
      for (const s of exposeSpecs(model, inst, (t) => expandVars(t, inst.scope, model.escapeChar))) {
        if (s.proto === s.proto.toLowerCase()) continue;
        const fixed = s.spec.slice(0, s.spec.length - s.proto.length) + s.proto.toLowerCase();
        report({
          range: s.arg.range,
          message: `Defined protocol '${s.spec}' in EXPOSE instruction should be lowercase: tools that read the image config compare protocols as written. Write ${fixed}.`,
          fix: s.literal && s.arg.value === s.spec ? { description: `Write ${fixed}`, edits: [{ range: s.arg.range, text: fixed }] } : void 0
        });
      }
    }
  }
});

// src/rules/dockerfile/expose-ssh-port.ts
var expose_ssh_port_default = defineRule({
  id: "dockerfile/expose-ssh-port",
  aliases: ["DS004", "AVD-DS-0004", "CKV_DOCKER_1"],
  severity: "warning",
  summary: "EXPOSE opens port 22 (SSH)",
  securitySeverity: 5,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "EXPOSE") continue;
        for (const s of exposeSpecs(model, inst, (t) => expandVars(t, inst.scope, model.escapeChar))) {
          const m = /^(\d+)(?:-(\d+))?$/.exec(s.containerPort);
          if (!m) continue;
          const lo = Number(m[1]);
          const hi = m[2] === void 0 ? lo : Number(m[2]);
          if (lo > 22 || hi < 22) continue;
          report({
            range: s.arg.range,
            message: `EXPOSE ${s.spec} opens the SSH port: an SSH server in a container is one more service to patch and attack, and it bypasses the runtime's access control. Remove it and use \`docker exec\` (or \`kubectl exec\`) to get a shell.`
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/expose-valid-port.ts
var MAX_PORT = 65535;
function problem(spec) {
  const slash = spec.indexOf("/");
  const ports = slash < 0 ? spec : spec.slice(0, slash);
  const proto = slash < 0 ? void 0 : spec.slice(slash + 1);
  if (proto !== void 0 && !/^(tcp|udp|sctp)$/i.test(proto))
    return `"${proto}" is not a protocol (tcp, udp or sctp)`;
  const m = /^(\d+)(?:-(\d+))?$/.exec(ports);
  if (!m) return `"${ports}" is not a port number`;
  const lo = Number(m[1]);
  const hi = m[2] === void 0 ? lo : Number(m[2]);
  if (lo > MAX_PORT || hi > MAX_PORT) return `ports range from 0 to ${MAX_PORT}`;
  if (hi < lo) return `the range ${ports} ends before it starts`;
  return void 0;
}
var expose_valid_port_default = defineRule({
  id: "dockerfile/expose-valid-port",
  aliases: ["DL3011", "DS008", "AVD-DS-0008"],
  severity: "error",
  summary: "EXPOSE names a port outside 0\u201365535",
  check(model, _options, report) {
    for (const inst of instructionsOf(model, "EXPOSE")) {
      for (const arg of inst.args) {
        const expanded = expandVars(arg.value, inst.scope, model.escapeChar);
        if (expanded.unresolved.length > 0) continue;
        for (const spec of expanded.value.split(/\s+/).filter(Boolean)) {
          const why = problem(spec.replace(/^(["'])(.*)\1$/, "$2"));
          if (!why) continue;
          report({
            range: arg.range,
            message: `EXPOSE ${spec} is not a valid port: ${why}. The builder rejects it; write a port or range such as \`8080\`, \`8080/tcp\` or \`8000-8010/udp\`.`
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/from-as-casing.ts
var from_as_casing_default = defineRule({
  id: "dockerfile/from-as-casing",
  aliases: ["FromAsCasing"],
  severity: "info",
  summary: "The 'AS' keyword does not match the casing of 'FROM'",
  fixable: true,
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const from = stage.from;
      const as = from.args[1];
      if (from.args.length < 3 || !as || as.value.toLowerCase() !== "as") continue;
      if (!isSelfConsistentCase(from.keywordRaw)) continue;
      const lower = from.keywordRaw === from.keywordRaw.toLowerCase();
      const want = lower ? "as" : "AS";
      if (as.value === want) continue;
      report({
        range: as.range,
        message: `'${as.value}' and '${from.keywordRaw}' keywords' casing do not match; mixing cases makes the line harder to read. Write \`${from.keywordRaw} \u2026 ${want} ${stage.nameRaw ?? "name"}\`.`,
        fix: { description: `Write ${want}`, edits: [{ range: as.range, text: want }] }
      });
    }
  }
});

// src/rules/dockerfile/from-first.ts
var from_first_default = defineRule({
  id: "dockerfile/from-first",
  aliases: ["DL3061"],
  severity: "error",
  summary: "An instruction other than ARG comes before the first FROM",
  check(model, _options, report) {
    const first = model.instructions.find((i) => i.keyword !== "ARG");
    if (!first || first.keyword === "FROM") return;
    const hasFrom = model.stages.some((s) => !s.implicit);
    report({
      range: first.keywordRange,
      message: `\`${first.keywordRaw}\` comes ${hasFrom ? "before the first FROM" : "in a Dockerfile without FROM"}; a Dockerfile must start with FROM (only ARG, comments and parser directives may precede it), so the builder rejects it. Move the ${first.keyword} after a FROM.`
    });
  }
});

// src/rules/dockerfile/from-platform-flag-const.ts
var from_platform_flag_const_default = defineRule({
  id: "dockerfile/from-platform-flag-const",
  aliases: ["FromPlatformFlagConstDisallowed"],
  severity: "warning",
  summary: "FROM --platform uses a constant value in a stage not named after that platform",
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const flag = flagOf(stage.from, "platform");
      if (!flag || flag.value === null) continue;
      const value = flag.value.replace(/^(["'])(.*)\1$/, "$2");
      if (scanVarRefs(value, model.escapeChar).length > 0 || value.includes("$")) continue;
      const p = parsePlatform(value);
      if (!p) continue;
      const name = stage.name ?? "";
      if (name.includes(p.os) || name.includes(p.arch)) continue;
      report({
        range: flag.range,
        message: `FROM --platform flag should not use constant value "${value}": the stage is always built for ${value}, so a multi-platform build gets the wrong image and other builders emulate it. Drop the flag, use a variable such as $BUILDPLATFORM, or name the stage after the platform (e.g. AS build_${p.arch}) when it is platform-specific on purpose.`
      });
    }
  }
});

// src/rules/dockerfile/from-platform-flag.ts
var PLATFORM_ARGS = /^(BUILD|TARGET)(PLATFORM|OS|ARCH|VARIANT)$/;
var from_platform_flag_default = defineRule({
  id: "dockerfile/from-platform-flag",
  aliases: ["DL3029"],
  severity: "warning",
  summary: "FROM pins a platform with --platform",
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const flag = flagOf(stage.from, "platform");
      if (!flag) continue;
      const value = flag.value ?? "";
      if (referencedVars(value, model.escapeChar).some((v) => PLATFORM_ARGS.test(v.name))) continue;
      report({
        range: flag.range,
        message: `FROM --platform=${value} fixes the platform, so the image is built for ${value || "it"} whatever the builder is asked for, and multi-platform builds produce the wrong image. Drop the flag, or use \`--platform=$BUILDPLATFORM\` for a cross-compiling build stage.`
      });
    }
  }
});

// src/rules/dockerfile/gem-pin-versions.ts
var GEM_VALUED = /* @__PURE__ */ new Set([
  "-v",
  "-i",
  "-n",
  "-s",
  "-P",
  "-g",
  "--version",
  "--install-dir",
  "--bindir",
  "--platform",
  "--source",
  "--trust-policy",
  "--file",
  "--build-root",
  "--document",
  "--target-rbconfig"
]);
function pinned3(spec) {
  return spec.includes(":") || /\.gem$/i.test(spec) || /^(\/|\.\.?\/)/.test(spec);
}
var gem_pin_versions_default = defineRule({
  id: "dockerfile/gem-pin-versions",
  aliases: ["DL3028"],
  severity: "warning",
  summary: "gem install without pinned versions",
  check(model, _options, report) {
    for (const inv of runInvocations(model)) {
      if (inv.name !== "gem") continue;
      const cli = parseCli(inv.args, { valued: GEM_VALUED });
      const sub2 = cli.operands[0];
      if (sub2?.value !== "install" && sub2?.value !== "i") continue;
      if (hasOption2(cli, "-v", "--version", "-g", "--file")) continue;
      const cmd = { inv, cli, sub: sub2, packages: cli.operands.slice(1) };
      const bad = unpinnedPackages(cmd, pinned3);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word)
        ),
        message: `gem install of ${listNames(names)} without a version: every build fetches the newest release, so rebuilds are not reproducible. Pin it: \`gem install ${names[0]}:<version>\` or \`gem install ${names[0]} -v <version>\` (a version from an ARG counts).`
      });
    }
  }
});

// src/rules/dockerfile/go-version-pin.ts
var MOVING = /* @__PURE__ */ new Set(["latest", "master", "main", "head", "upgrade", "patch"]);
function remotePath(p) {
  if (/^[./~]/.test(p) || p.endsWith(".go")) return false;
  const first = p.split("/")[0];
  return first.includes(".");
}
var go_version_pin_default = defineRule({
  id: "dockerfile/go-version-pin",
  aliases: ["DL3062"],
  severity: "warning",
  summary: "go install/get/run of a remote package without @version",
  check(model, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, "go")) {
        const ops = operandsOf(inv);
        const sub2 = ops[0]?.value;
        if (sub2 !== "install" && sub2 !== "get" && sub2 !== "run") continue;
        const pkgs = sub2 === "run" ? ops.slice(1, 2) : ops.slice(1);
        for (const w of pkgs) {
          const { value, unresolved } = resolveWord(model, inst, w);
          if (unresolved.length > 0 && !value.includes("@") && !w.value.includes("@")) continue;
          const text = unresolved.length > 0 ? w.value : value;
          const at = text.lastIndexOf("@");
          const path3 = at >= 0 ? text.slice(0, at) : text;
          if (!remotePath(path3)) continue;
          const version = at >= 0 ? text.slice(at + 1) : "";
          if (at >= 0 && !MOVING.has(version.toLowerCase())) continue;
          report({
            range: model.rangeOf(w.start, w.end),
            message: (at >= 0 ? `\`go ${sub2} ${text}\` asks for "${version}", which moves with every release, ` : `\`go ${sub2} ${text}\` without a version takes whatever is newest at build time, `) + `so rebuilds differ; pin a release: \`go ${sub2} ${path3}@v1.2.3\` (a version from an ARG counts).`
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/healthcheck.ts
var healthcheck_default = defineRule({
  id: "dockerfile/healthcheck",
  aliases: ["DL3057", "DS026", "AVD-DS-0026", "CKV_DOCKER_2"],
  severity: "info",
  summary: "The final image has no HEALTHCHECK",
  check(model, _options, report) {
    const stage = finalStage(model);
    if (!stage) return;
    if (lastInChain(model, stage, "HEALTHCHECK")) return;
    report({
      range: imageArgRange(stage),
      message: `The final image${stage.nameRaw ? ` (stage ${stage.nameRaw})` : ""} has no HEALTHCHECK, so Docker and Compose cannot tell a hung container from a healthy one (no restart, no \`service_healthy\`). Add HEALTHCHECK CMD <probe> for the service, or HEALTHCHECK NONE to state that none applies.`,
      context: stage.name ? { stage: stage.name } : void 0
    });
  }
});

// src/rules/dockerfile/invalid-default-arg-in-from.ts
var invalid_default_arg_in_from_default = defineRule({
  id: "dockerfile/invalid-default-arg-in-from",
  aliases: ["InvalidDefaultArgInFrom"],
  severity: "warning",
  summary: "With the ARG defaults alone, FROM names an empty or invalid image",
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const arg = stage.from.args[0];
      if (!arg || !arg.value.includes("$")) continue;
      const scope = new Map(stage.from.scope);
      for (const [name, value] of Object.entries(PLATFORM_ARG_DEFAULTS)) {
        const b = scope.get(name);
        if (!b || b.value === void 0)
          scope.set(name, { name, value, kind: "arg", declaredAt: b?.declaredAt ?? -1 });
      }
      const expanded = expandVars(arg.value, scope, model.escapeChar).value;
      const problem3 = imageReferenceProblem(expanded);
      if (!problem3) continue;
      report({
        range: arg.range,
        message: `Default value for ARG ${arg.value} results in empty or invalid base image name ("${expanded}": ${problem3}), so the build only works when --build-arg supplies a value. Give the ARG a default that makes a valid image (ARG NAME=<default>), or a fallback in place (\${NAME:-<default>}).`
      });
    }
  }
});

// src/rules/dockerfile/json-args-recommended.ts
function shellDeclared(model, inst) {
  const stage = model.stages[inst.stage];
  if (!stage) return false;
  for (const s of stageChain(model, stage)) {
    for (const i of s.instructions) {
      if (i === inst || s === stage && i.index > inst.index) break;
      if (i.keyword === "SHELL") return true;
    }
  }
  return false;
}
var json_args_recommended_default = defineRule({
  id: "dockerfile/json-args-recommended",
  aliases: ["JSONArgsRecommended"],
  severity: "warning",
  summary: "CMD or ENTRYPOINT in shell form while no SHELL is declared",
  fixable: true,
  check(model, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== "CMD" && inst.keyword !== "ENTRYPOINT") continue;
      if (inst.form === "exec" || !inst.argsRange) continue;
      if (shellDeclared(model, inst)) continue;
      const json = inst.posixShell ? jsonArgsFor(inst) : void 0;
      report({
        range: inst.argsRange,
        message: `JSON arguments recommended for ${inst.keyword} to prevent unintended behavior related to OS signals: in shell form the program runs under \`/bin/sh -c\`, which does not pass SIGTERM on, so \`docker stop\` waits and then kills it. Write ${inst.keyword} ${json ?? '["executable", "arg"]'}, or declare the shell you want with SHELL.`,
        fix: json ? { description: "Use the JSON (exec) form", edits: [{ range: inst.argsRange, text: json }] } : void 0
      });
    }
  }
});

// src/rules/dockerfile/label-email.ts
var ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
var LOCAL = `(?:${ATOM}(?:\\.${ATOM})*|"(?:[^"\\\\\\r\\n]|\\\\.)*")`;
var LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
var DOMAIN = `(?:${LABEL}(?:\\.${LABEL})+|\\[[^\\][\\\\\\s]+\\])`;
var ADDR = `${LOCAL}@${DOMAIN}`;
var EMAIL = new RegExp(`^(?:${ADDR}|[^<>]*<${ADDR}>)$`);
var label_email_default = defineRule({
  id: "dockerfile/label-email",
  aliases: ["DL3058"],
  severity: "warning",
  summary: "An e-mail label does not hold a valid address",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys (or `*` patterns) whose value must be an e-mail address (RFC 5322), e.g. `maintainer`. Empty: none is checked.",
      default: []
    }
  },
  check(model, options, report) {
    checkLabelFormat(
      model,
      options.labels,
      (v) => EMAIL.test(v),
      (key, value) => `Label "${key}" should hold an e-mail address, but "${value}" is not one, so nobody can be reached through it; write \`team@example.com\` or \`Team Name <team@example.com>\`.`,
      report
    );
  }
});

// src/rules/dockerfile/label-empty.ts
var label_empty_default = defineRule({
  id: "dockerfile/label-empty",
  aliases: ["DL3051"],
  severity: "warning",
  summary: "A label the policy lists is set to an empty value",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys (or `*` patterns) that must not be empty. Empty list: none is checked (an empty value is also how a Dockerfile clears a label inherited from its base image).",
      default: []
    }
  },
  check(model, options, report) {
    if (options.labels.length === 0) return;
    for (const pair of labelPairs(model)) {
      if (!options.labels.some((p) => keyMatches(p, pair.key))) continue;
      if (pair.value.trim() !== "") continue;
      report({
        range: pair.prop.range,
        message: `Label "${pair.key}" is set to an empty value, so tools reading it get nothing; give it a value (from an ARG if it is only known at build time).`
      });
    }
  }
});

// src/rules/dockerfile/label-git-hash.ts
var GIT_HASH = /^(?:[0-9a-f]{7,40}|[0-9a-f]{64})$/i;
var label_git_hash_default = defineRule({
  id: "dockerfile/label-git-hash",
  aliases: ["DL3055"],
  severity: "warning",
  summary: "A commit label does not hold a git commit hash",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys (or `*` patterns) whose value must be a git commit hash, e.g. `org.opencontainers.image.revision`. Empty: none is checked.",
      default: []
    }
  },
  check(model, options, report) {
    checkLabelFormat(
      model,
      options.labels,
      (v) => GIT_HASH.test(v),
      (key, value) => `Label "${key}" should hold a git commit hash, but "${value}" is not one, so the image cannot be traced back to its commit; pass the hash at build time (\`--build-arg REVISION=$(git rev-parse HEAD)\`).`,
      report
    );
  }
});

// src/rules/dockerfile/label-key-format.ts
var RESERVED = ["com.docker.", "io.docker.", "org.dockerproject."];
function problem2(key, strict) {
  const lower = key.toLowerCase();
  const reserved = RESERVED.find((r) => lower.startsWith(r));
  if (reserved) return `uses the namespace "${reserved}" that Docker reserves for its own labels`;
  const allowed = strict ? /^[a-z0-9.-]+$/ : /^[a-z0-9._/-]+$/;
  if (/[A-Z]/.test(key)) return "contains upper-case letters";
  if (!allowed.test(key))
    return `contains characters other than lower-case letters, digits, "." and "-"${strict ? "" : ' (and "_", "/")'}`;
  if (!/^[a-z0-9]/.test(key) || !/[a-z0-9]$/.test(key))
    return "does not begin and end with a letter or digit";
  if (/[.-]{2}/.test(key)) return 'has consecutive separators (".." or "--")';
  return null;
}
var label_key_format_default = defineRule({
  id: "dockerfile/label-key-format",
  aliases: ["DL3048"],
  severity: "info",
  summary: "LABEL key does not follow Docker\u2019s key format",
  options: {
    strict: {
      type: "boolean",
      description: 'Also reject "_" and "/" in keys, as the Docker key-format recommendation (and hadolint) do; by default they are accepted, since Docker documents them as valid key characters.',
      default: false
    },
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Keys (or `*` patterns) accepted as they are, e.g. keys another tool requires.",
      default: []
    }
  },
  check(model, options, report) {
    for (const pair of labelPairs(model)) {
      if (hasVariableRef(pair.key, model.escapeChar)) continue;
      if (options.allow.some((p) => keyMatches(p, pair.key))) continue;
      const why = problem2(pair.key, options.strict);
      if (!why) continue;
      report({
        range: pair.prop.nameRange,
        message: `Label key "${pair.key}" ${why}; tools that read labels expect reverse-DNS, lower-case keys such as \`org.opencontainers.image.title\` or \`com.example.team\`.`
      });
    }
  }
});

// src/rules/dockerfile/label-required.ts
var label_required_default = defineRule({
  id: "dockerfile/label-required",
  aliases: ["DL3049"],
  severity: "info",
  summary: "The built image lacks a label the policy requires",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys the final image must set (hadolint's label-schema keys), e.g. `org.opencontainers.image.source`. Empty: nothing is required.",
      default: []
    }
  },
  check(model, options, report) {
    const last = finalStage(model);
    if (!last || options.labels.length === 0) return;
    const present = finalLabels(model);
    for (const key of options.labels) {
      if (present.has(key)) continue;
      report({
        range: last.from.range,
        message: `The image built from this stage has no "${key}" label, which the policy requires (registries, scanners and deploy tooling read it); add \`LABEL ${key}="\u2026"\` to the final stage.`
      });
    }
  }
});

// src/rules/dockerfile/label-rfc3339.ts
var RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
function validTime(v) {
  const m = RFC3339.exec(v);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31
  ];
  const oh = m[7] === void 0 ? 0 : Number(m[7]);
  const om = m[8] === void 0 ? 0 : Number(m[8]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days[mo - 1] && h <= 23 && mi <= 59 && s <= 60 && oh <= 23 && om <= 59;
}
var label_rfc3339_default = defineRule({
  id: "dockerfile/label-rfc3339",
  aliases: ["DL3053"],
  severity: "warning",
  hadolintOptions: { labels: [] },
  summary: "A date label is not an RFC 3339 timestamp",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys (or `*` patterns) whose value must be an RFC 3339 date-time.",
      default: ["org.opencontainers.image.created", "org.label-schema.build-date"]
    }
  },
  check(model, options, report) {
    checkLabelFormat(
      model,
      options.labels,
      validTime,
      (key, value) => `Label "${key}" should hold an RFC 3339 date-time, but "${value}" is not one, so tools cannot sort or compare it; write e.g. \`2024-05-01T12:00:00Z\` (usually from an ARG set at build time).`,
      report
    );
  }
});

// src/rules/dockerfile/label-semver.ts
var NUM = "(?:0|[1-9]\\d*)";
var PRE_ID = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
var BUILD_ID = "[0-9A-Za-z-]+";
var SEMVER = new RegExp(
  `^${NUM}\\.${NUM}\\.${NUM}(?:-${PRE_ID}(?:\\.${PRE_ID})*)?(?:\\+${BUILD_ID}(?:\\.${BUILD_ID})*)?$`
);
var label_semver_default = defineRule({
  id: "dockerfile/label-semver",
  aliases: ["DL3056"],
  severity: "warning",
  summary: "A version label is not a semantic version",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys (or `*` patterns) whose value must be a semantic version, e.g. `org.opencontainers.image.version`. Empty: none is checked.",
      default: []
    },
    allowPrefixV: {
      type: "boolean",
      description: 'Accept a leading "v" (`v1.2.3`), as git tags often have.',
      default: false
    }
  },
  check(model, options, report) {
    checkLabelFormat(
      model,
      options.labels,
      (v) => SEMVER.test(options.allowPrefixV ? v.replace(/^v/, "") : v),
      (key, value) => `Label "${key}" should hold a semantic version, but "${value}" is not one, so tools cannot order releases by it; write MAJOR.MINOR.PATCH, e.g. \`1.4.2\` or \`2.0.0-rc.1\`.`,
      report
    );
  }
});

// src/rules/dockerfile/label-spdx.ts
var ids;
var exceptions;
function validSpdx(text) {
  ids ??= new Set(LICENSE_IDS.trim().toLowerCase().split(/\s+/));
  exceptions ??= new Set(EXCEPTION_IDS.trim().toLowerCase().split(/\s+/));
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  const op = (name) => {
    const t = tokens[i];
    if (t === name || t === name.toLowerCase()) {
      i++;
      return true;
    }
    return false;
  };
  const simple = () => {
    const t = tokens[i];
    if (t === void 0) return false;
    if (t === "(") {
      i++;
      if (!expr() || tokens[i] !== ")") return false;
      i++;
      return true;
    }
    i++;
    if (/^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(t)) return true;
    return ids.has(t.replace(/\+$/, "").toLowerCase());
  };
  const withExpr = () => {
    if (!simple()) return false;
    if (op("WITH")) {
      const e = tokens[i++];
      return e !== void 0 && (exceptions.has(e.toLowerCase()) || /^AdditionRef-[A-Za-z0-9.-]+$/.test(e));
    }
    return true;
  };
  const andExpr = () => {
    if (!withExpr()) return false;
    while (op("AND")) if (!withExpr()) return false;
    return true;
  };
  const expr = () => {
    if (!andExpr()) return false;
    while (op("OR")) if (!andExpr()) return false;
    return true;
  };
  return tokens.length > 0 && expr() && i === tokens.length;
}
var label_spdx_default = defineRule({
  id: "dockerfile/label-spdx",
  aliases: ["DL3054"],
  severity: "warning",
  hadolintOptions: { labels: [] },
  summary: "A license label is not an SPDX license expression",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys (or `*` patterns) whose value must be an SPDX license identifier or expression.",
      default: ["org.opencontainers.image.licenses", "org.label-schema.license"]
    }
  },
  check(model, options, report) {
    checkLabelFormat(
      model,
      options.labels,
      validSpdx,
      (key, value) => `Label "${key}" should hold an SPDX license expression, but "${value}" is not one, so license scanners cannot read it; write an identifier from spdx.org/licenses such as \`Apache-2.0\` or \`MIT OR GPL-2.0-only\`.`,
      report
    );
  }
});
var LICENSE_IDS = "0BSD 3D-Slicer-1.0 AAL ADSL AFL-1.1 AFL-1.2 AFL-2.0 AFL-2.1 AFL-3.0 AGPL-1.0 AGPL-1.0-only AGPL-1.0-or-later AGPL-3.0 AGPL-3.0-only AGPL-3.0-or-later ALGLIB-Documentation AMD-newlib AMDPLPA AML AML-glslang AMPAS ANTLR-PD ANTLR-PD-fallback APAFML APL-1.0 APSL-1.0 APSL-1.1 APSL-1.2 APSL-2.0 ASWF-Digital-Assets-1.0 ASWF-Digital-Assets-1.1 Abstyles AdaCore-doc Adobe-2006 Adobe-Display-PostScript Adobe-Glyph Adobe-Utopia Advanced-Cryptics-Dictionary Afmparse Aladdin Apache-1.0 Apache-1.1 Apache-2.0 App-s2p Arphic-1999 Artistic-1.0 Artistic-1.0-Perl Artistic-1.0-cl8 Artistic-2.0 Artistic-dist Aspell-RU BOLA-1.1 BSD-1-Clause BSD-2-Clause BSD-2-Clause-Darwin BSD-2-Clause-FreeBSD BSD-2-Clause-NetBSD BSD-2-Clause-Patent BSD-2-Clause-Views BSD-2-Clause-first-lines BSD-2-Clause-pkgconf-disclaimer BSD-3-Clause BSD-3-Clause-Attribution BSD-3-Clause-Clear BSD-3-Clause-HP BSD-3-Clause-LBNL BSD-3-Clause-Modification BSD-3-Clause-No-Military-License BSD-3-Clause-No-Nuclear-License BSD-3-Clause-No-Nuclear-License-2014 BSD-3-Clause-No-Nuclear-Warranty BSD-3-Clause-Open-MPI BSD-3-Clause-Sun BSD-3-Clause-Tso BSD-3-Clause-acpica BSD-3-Clause-flex BSD-4-Clause BSD-4-Clause-Shortened BSD-4-Clause-UC BSD-4.3RENO BSD-4.3TAHOE BSD-Advertising-Acknowledgement BSD-Attribution-HPND-disclaimer BSD-Inferno-Nettverk BSD-Mark-Modifications BSD-Protection BSD-Source-Code BSD-Source-beginning-file BSD-Systemics BSD-Systemics-W3Works BSL-1.0 BUSL-1.1 Baekmuk Bahyph Barr Beerware BitTorrent-1.0 BitTorrent-1.1 Bitstream-Charter Bitstream-Vera BlueOak-1.0.0 Boehm-GC Boehm-GC-without-fee Borceux Brian-Gladman-2-Clause Brian-Gladman-3-Clause Buddy C-UDA-1.0 CAL-1.0 CAL-1.0-Combined-Work-Exception CAPEC-tou CATOSL-1.1 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5 CC-BY-2.5-AU CC-BY-3.0 CC-BY-3.0-AT CC-BY-3.0-AU CC-BY-3.0-DE CC-BY-3.0-IGO CC-BY-3.0-NL CC-BY-3.0-US CC-BY-4.0 CC-BY-NC-1.0 CC-BY-NC-2.0 CC-BY-NC-2.5 CC-BY-NC-3.0 CC-BY-NC-3.0-DE CC-BY-NC-4.0 CC-BY-NC-ND-1.0 CC-BY-NC-ND-2.0 CC-BY-NC-ND-2.5 CC-BY-NC-ND-3.0 CC-BY-NC-ND-3.0-DE CC-BY-NC-ND-3.0-IGO CC-BY-NC-ND-4.0 CC-BY-NC-SA-1.0 CC-BY-NC-SA-2.0 CC-BY-NC-SA-2.0-DE CC-BY-NC-SA-2.0-FR CC-BY-NC-SA-2.0-UK CC-BY-NC-SA-2.5 CC-BY-NC-SA-3.0 CC-BY-NC-SA-3.0-DE CC-BY-NC-SA-3.0-IGO CC-BY-NC-SA-4.0 CC-BY-ND-1.0 CC-BY-ND-2.0 CC-BY-ND-2.5 CC-BY-ND-3.0 CC-BY-ND-3.0-DE CC-BY-ND-4.0 CC-BY-SA-1.0 CC-BY-SA-2.0 CC-BY-SA-2.0-UK CC-BY-SA-2.1-JP CC-BY-SA-2.5 CC-BY-SA-3.0 CC-BY-SA-3.0-AT CC-BY-SA-3.0-DE CC-BY-SA-3.0-IGO CC-BY-SA-4.0 CC-PDDC CC-PDM-1.0 CC-SA-1.0 CC0-1.0 CDDL-1.0 CDDL-1.1 CDL-1.0 CDLA-Permissive-1.0 CDLA-Permissive-2.0 CDLA-Sharing-1.0 CECILL-1.0 CECILL-1.1 CECILL-2.0 CECILL-2.1 CECILL-B CECILL-C CERN-OHL-1.1 CERN-OHL-1.2 CERN-OHL-P-2.0 CERN-OHL-S-2.0 CERN-OHL-W-2.0 CFITSIO CMU-Mach CMU-Mach-nodoc CNRI-Jython CNRI-Python CNRI-Python-GPL-Compatible COIL-1.0 CPAL-1.0 CPL-1.0 CPOL-1.02 CUA-OPL-1.0 Caldera Caldera-no-preamble Catharon ClArtistic Clips Community-Spec-1.0 Condor-1.1 Cornell-Lossless-JPEG Cronyx Crossword CryptoSwift CrystalStacker Cube D-FSL-1.0 DEC-3-Clause DL-DE-BY-2.0 DL-DE-ZERO-2.0 DOC DRL-1.0 DRL-1.1 DSDP DocBook-DTD DocBook-Schema DocBook-Stylesheet DocBook-XML Dotseqn ECL-1.0 ECL-2.0 EFL-1.0 EFL-2.0 EPICS EPL-1.0 EPL-2.0 ESA-PL-permissive-2.4 ESA-PL-strong-copyleft-2.4 ESA-PL-weak-copyleft-2.4 EUDatagrid EUPL-1.0 EUPL-1.1 EUPL-1.2 Elastic-2.0 Entessa ErlPL-1.1 Eurosym FBM FDK-AAC FSFAP FSFAP-no-warranty-disclaimer FSFUL FSFULLR FSFULLRSD FSFULLRWD FSL-1.1-ALv2 FSL-1.1-MIT FTL Fair Ferguson-Twofish Frameworx-1.0 FreeBSD-DOC FreeImage Furuseth GCR-docs GD GFDL-1.1 GFDL-1.1-invariants-only GFDL-1.1-invariants-or-later GFDL-1.1-no-invariants-only GFDL-1.1-no-invariants-or-later GFDL-1.1-only GFDL-1.1-or-later GFDL-1.2 GFDL-1.2-invariants-only GFDL-1.2-invariants-or-later GFDL-1.2-no-invariants-only GFDL-1.2-no-invariants-or-later GFDL-1.2-only GFDL-1.2-or-later GFDL-1.3 GFDL-1.3-invariants-only GFDL-1.3-invariants-or-later GFDL-1.3-no-invariants-only GFDL-1.3-no-invariants-or-later GFDL-1.3-only GFDL-1.3-or-later GL2PS GLWTPL GPL-1.0 GPL-1.0-only GPL-1.0-or-later GPL-2.0 GPL-2.0-only GPL-2.0-or-later GPL-2.0-with-GCC-exception GPL-2.0-with-autoconf-exception GPL-2.0-with-bison-exception GPL-2.0-with-classpath-exception GPL-2.0-with-font-exception GPL-3.0 GPL-3.0-only GPL-3.0-or-later GPL-3.0-with-GCC-exception GPL-3.0-with-autoconf-exception Game-Programming-Gems Giftware Glide Glulxe Graphics-Gems Gutmann HDF5 HIDAPI HP-1986 HP-1989 HPND HPND-DEC HPND-Fenneberg-Livingston HPND-INRIA-IMAG HPND-Intel HPND-Kevlin-Henney HPND-MIT-disclaimer HPND-Markus-Kuhn HPND-Netrek HPND-Pbmplus HPND-SMC HPND-UC HPND-UC-export-US HPND-doc HPND-doc-sell HPND-export-US HPND-export-US-acknowledgement HPND-export-US-modify HPND-export2-US HPND-merchantability-variant HPND-sell-MIT-disclaimer-xserver HPND-sell-regexpr HPND-sell-variant HPND-sell-variant-MIT-disclaimer HPND-sell-variant-MIT-disclaimer-rev HPND-sell-variant-critical-systems HTMLTIDY HaskellReport Hippocratic-2.1 IBM-pibs ICU IEC-Code-Components-EULA IJG IJG-short IPA IPL-1.0 ISC ISC-Veillard ISO-permission ImageMagick Imlib2 Info-ZIP Inner-Net-2.0 InnoSetup Intel Intel-ACPI Interbase-1.0 JPL-image JPNIC JSON Jam JasPer-2.0 Kastrup Kazlib Knuth-CTAN LAL-1.2 LAL-1.3 LGPL-2.0 LGPL-2.0-only LGPL-2.0-or-later LGPL-2.1 LGPL-2.1-only LGPL-2.1-or-later LGPL-3.0 LGPL-3.0-only LGPL-3.0-or-later LGPLLR LOOP LPD-document LPL-1.0 LPL-1.02 LPPL-1.0 LPPL-1.1 LPPL-1.2 LPPL-1.3a LPPL-1.3c LZMA-SDK-9.11-to-9.20 LZMA-SDK-9.22 Latex2e Latex2e-translated-notice Leptonica LiLiQ-P-1.1 LiLiQ-R-1.1 LiLiQ-Rplus-1.1 Libpng Linux-OpenIB Linux-man-pages-1-para Linux-man-pages-copyleft Linux-man-pages-copyleft-2-para Linux-man-pages-copyleft-var Lucida-Bitmap-Fonts MIPS MIT MIT-0 MIT-CMU MIT-Click MIT-Festival MIT-Khronos-old MIT-Modern-Variant MIT-STK MIT-Wu MIT-advertising MIT-enna MIT-feh MIT-open-group MIT-testregex MITNFA MMIXware MMPL-1.0.1 MPEG-SSG MPL-1.0 MPL-1.1 MPL-2.0 MPL-2.0-no-copyleft-exception MS-LPL MS-PL MS-RL MTLL Mackerras-3-Clause Mackerras-3-Clause-acknowledgment MakeIndex Martin-Birgmeier McPhee-slideshow Minpack MirOS Motosoto MulanPSL-1.0 MulanPSL-2.0 Multics Mup NAIST-2003 NASA-1.3 NBPL-1.0 NCBI-PD NCGL-UK-2.0 NCL NCSA NGPL NICTA-1.0 NIST-PD NIST-PD-TNT NIST-PD-fallback NIST-Software NLOD-1.0 NLOD-2.0 NLPL NOSL NPL-1.0 NPL-1.1 NPOSL-3.0 NRL NTIA-PD NTP NTP-0 Naumen Net-SNMP NetCDF Newsletr Nokia Noweb Nunit O-UDA-1.0 OAR OCCT-PL OCLC-2.0 ODC-By-1.0 ODbL-1.0 OFFIS OFL-1.0 OFL-1.0-RFN OFL-1.0-no-RFN OFL-1.1 OFL-1.1-RFN OFL-1.1-no-RFN OGC-1.0 OGDL-Taiwan-1.0 OGL-Canada-2.0 OGL-UK-1.0 OGL-UK-2.0 OGL-UK-3.0 OGTSL OLDAP-1.1 OLDAP-1.2 OLDAP-1.3 OLDAP-1.4 OLDAP-2.0 OLDAP-2.0.1 OLDAP-2.1 OLDAP-2.2 OLDAP-2.2.1 OLDAP-2.2.2 OLDAP-2.3 OLDAP-2.4 OLDAP-2.5 OLDAP-2.6 OLDAP-2.7 OLDAP-2.8 OLFL-1.3 OML OPL-1.0 OPL-UK-3.0 OPUBL-1.0 OSC-1.0 OSET-PL-2.1 OSL-1.0 OSL-1.1 OSL-2.0 OSL-2.1 OSL-3.0 OSSP OpenMDW-1.0 OpenPBS-2.3 OpenSSL OpenSSL-standalone OpenVision PADL PDDL-1.0 PHP-3.0 PHP-3.01 PPL PSF-2.0 ParaType-Free-Font-1.3 Parity-6.0.0 Parity-7.0.0 Pixar Plexus PolyForm-Noncommercial-1.0.0 PolyForm-Small-Business-1.0.0 PostgreSQL Python-2.0 Python-2.0.1 QPL-1.0 QPL-1.0-INRIA-2004 Qhull RHeCos-1.1 RPL-1.1 RPL-1.5 RPSL-1.0 RSA-MD RSCPL Rdisc Ruby Ruby-pty SAX-PD SAX-PD-2.0 SCEA SGI-B-1.0 SGI-B-1.1 SGI-B-2.0 SGI-OpenGL SGMLUG-PM SGP4 SHL-0.5 SHL-0.51 SISSL SISSL-1.2 SL SMAIL-GPL SMLNJ SMPPL SNIA SOFA SPL-1.0 SSH-OpenSSH SSH-short SSLeay-standalone SSPL-1.0 SUL-1.0 SWL Saxpath SchemeReport Sendmail Sendmail-8.23 Sendmail-Open-Source-1.1 SimPL-2.0 Sleepycat Soundex Spencer-86 Spencer-94 Spencer-99 StandardML-NJ SugarCRM-1.1.3 Sun-PPP Sun-PPP-2000 SunPro Symlinks TAPR-OHL-1.0 TCL TCP-wrappers TGPPL-1.0 TMate TORQUE-1.1 TOSL TPDL TPL-1.0 TTWL TTYP0 TU-Berlin-1.0 TU-Berlin-2.0 TekHVC TermReadKey ThirdEye TrustedQSL UCAR UCL-1.0 UMich-Merit UPL-1.0 URT-RLE Ubuntu-font-1.0 UnRAR Unicode-3.0 Unicode-DFS-2015 Unicode-DFS-2016 Unicode-TOU UnixCrypt Unlicense Unlicense-libtelnet Unlicense-libwhirlpool VOSTROM VSL-1.0 Vim Vixie-Cron W3C W3C-19980720 W3C-20150513 WTFNMFPL WTFPL Watcom-1.0 Widget-Workshop WordNet Wsuipa X11 X11-distribute-modifications-variant X11-no-permit-persons X11-swapped XFree86-1.1 XSkat Xdebug-1.03 Xerox Xfig Xnet YPL-1.0 YPL-1.1 ZPL-1.1 ZPL-2.0 ZPL-2.1 Zed Zeeff Zend-2.0 Zimbra-1.3 Zimbra-1.4 Zlib any-OSI any-OSI-perl-modules bcrypt-Solar-Designer blessing bzip2-1.0.5 bzip2-1.0.6 check-cvs checkmk copyleft-next-0.3.0 copyleft-next-0.3.1 curl cve-tou diffmark dtoa dvipdfm eCos-2.0 eGenix etalab-2.0 fwlw gSOAP-1.3b generic-xts gnuplot gtkbook hdparm hyphen-bulgarian iMatix jove libpng-1.6.35 libpng-2.0 libselinux-1.0 libtiff libutil-David-Nugent lsof magaz mailprio man2html metamail mpi-permissive mpich2 mplus ngrep pkgconf pnmstitch psfrag psutils python-ldap radvd snprintf softSurfer ssh-keyscan swrule threeparttable ulem w3m wwl wxWindows xinetd xkeyboard-config-Zinoviev xlock xpp xzoom zlib-acknowledgement ";
var EXCEPTION_IDS = "389-exception Asterisk-exception Autoconf-exception-2.0 Autoconf-exception-3.0 Autoconf-exception-generic Autoconf-exception-generic-3.0 Autoconf-exception-macro Bison-exception-1.24 Bison-exception-2.2 Bootloader-exception CLISP-exception-2.0 Classpath-exception-2.0 DigiRule-FOSS-exception FLTK-exception Fawkes-Runtime-exception Font-exception-2.0 GCC-exception-2.0 GCC-exception-2.0-note GCC-exception-3.1 GNAT-exception GNOME-examples-exception GNU-compiler-exception GPL-3.0-interface-exception GPL-3.0-linking-exception GPL-3.0-linking-source-exception GPL-CC-1.0 GStreamer-exception-2005 GStreamer-exception-2008 Gmsh-exception KiCad-libraries-exception LGPL-3.0-linking-exception LLGPL LLVM-exception LZMA-exception Libtool-exception Linux-syscall-note OCCT-exception-1.0 OCaml-LGPL-linking-exception OpenJDK-assembly-exception-1.0 PS-or-PDF-font-exception-20170817 QPL-1.0-INRIA-2004-exception Qt-GPL-exception-1.0 Qt-LGPL-exception-1.1 Qwt-exception-1.0 SANE-exception SHL-2.0 SHL-2.1 SWI-exception Swift-exception Texinfo-exception UBDL-exception Universal-FOSS-exception-1.0 WxWindows-exception-3.1 cryptsetup-OpenSSL-exception eCos-exception-2.0 fmt-exception freertos-exception-2.0 gnu-javamail-exception i2p-gpl-java-exception libpri-OpenH323-exception mif-exception openvpn-openssl-exception stunnel-exception u-boot-exception-2.0 vsftpd-openssl-exception x11vnc-openssl-exception ";

// src/rules/dockerfile/label-superfluous.ts
var label_superfluous_default = defineRule({
  id: "dockerfile/label-superfluous",
  aliases: ["DL3050"],
  severity: "info",
  summary: "LABEL key outside the policy\u2019s list of allowed labels",
  options: {
    allowed: {
      type: "array",
      items: { type: "string" },
      description: "The only label keys (or `*` patterns such as `org.opencontainers.image.*`) a Dockerfile may set, like hadolint's strict-labels with a label-schema. Empty: every key is allowed.",
      default: []
    }
  },
  check(model, options, report) {
    if (options.allowed.length === 0) return;
    for (const pair of labelPairs(model)) {
      if (hasVariableRef(pair.key, model.escapeChar)) continue;
      if (options.allowed.some((p) => keyMatches(p, pair.key))) continue;
      report({
        range: pair.prop.nameRange,
        message: `Label "${pair.key}" is not in the policy's list of allowed labels, so tools that rely on the agreed label set will not understand it; rename it to an allowed key or add it to the list.`
      });
    }
  }
});

// src/rules/dockerfile/label-url.ts
function validUrl(v) {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/.test(v)) return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
}
var label_url_default = defineRule({
  id: "dockerfile/label-url",
  aliases: ["DL3052"],
  severity: "warning",
  hadolintOptions: { labels: [] },
  summary: "A URL label does not hold a valid absolute URL",
  options: {
    labels: {
      type: "array",
      items: { type: "string" },
      description: "Label keys (or `*` patterns) whose value must be an absolute URL.",
      default: [
        "org.opencontainers.image.url",
        "org.opencontainers.image.source",
        "org.opencontainers.image.documentation"
      ]
    }
  },
  check(model, options, report) {
    checkLabelFormat(
      model,
      options.labels,
      validUrl,
      (key, value) => `Label "${key}" should hold an absolute URL, but "${value}" is not one, so tools that link to it break; write the full URL with its scheme, e.g. \`https://github.com/org/repo\`.`,
      report
    );
  }
});

// src/rules/dockerfile/legacy-key-value-format.ts
function fixFor(model, inst, p) {
  if (!p.valueRange || model.escapeChar !== "\\") return void 0;
  const r = p.range;
  const vr = p.valueRange;
  if (r.line !== r.endLine || vr.line !== vr.endLine) return void 0;
  const line = model.lines[r.line - 1] ?? "";
  const name = line.slice(p.nameRange.column - 1, p.nameRange.endColumn - 1);
  const raw = line.slice(vr.column - 1, vr.endColumn - 1).trim();
  if (name !== p.name || raw === "") return void 0;
  let value;
  if (!/\s/.test(raw))
    value = raw;
  else if (/^"[^"\\]*"$/.test(raw) || /^'[^']*'$/.test(raw))
    value = raw;
  else if (!/["'\\`]/.test(raw))
    value = `"${raw}"`;
  else return void 0;
  return {
    description: `Write ${inst.keyword} ${name}=${value}`,
    edits: [
      {
        range: { line: r.line, column: p.nameRange.column, endLine: vr.endLine, endColumn: vr.endColumn },
        text: `${name}=${value}`
      }
    ]
  };
}
var legacy_key_value_format_default = defineRule({
  id: "dockerfile/legacy-key-value-format",
  aliases: ["LegacyKeyValueFormat"],
  severity: "warning",
  summary: 'ENV or LABEL uses the legacy "key value" form instead of key=value',
  fixable: true,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword === "ENV" || inst.keyword === "LABEL") {
          for (const p of inst.properties) {
            if (!p.legacyForm) continue;
            report({
              range: p.range,
              message: `"${inst.keyword} key=value" should be used instead of legacy "${inst.keyword} key value" format: the legacy form sets one variable to the whole rest of the line and is deprecated. Write ${inst.keyword} ${p.name}=${/\s/.test(p.value ?? "") ? `"${p.value}"` : p.value ?? ""}.`,
              fix: fixFor(model, inst, p)
            });
          }
        } else if (inst.keyword === "ARG" && inst.args.length === 2 && inst.args.every((a) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(a.value))) {
          const [name, value] = inst.args;
          report({
            range: {
              line: name.range.line,
              column: name.range.column,
              endLine: value.range.endLine,
              endColumn: value.range.endColumn
            },
            message: `"ARG ${name.value} ${value.value}" declares two build arguments without defaults, not ${name.value} with the default "${value.value}" as the legacy "key value" form would suggest. Write ARG ${name.value}=${value.value} for a default, or ARG ${name.value}=\u2026 ${value.value}=\u2026 to declare both.`
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/maintainer-deprecated.ts
var maintainer_deprecated_default = defineRule({
  id: "dockerfile/maintainer-deprecated",
  aliases: ["DL4000", "MaintainerDeprecated", "DS022", "AVD-DS-0022", "CKV_DOCKER_6"],
  severity: "error",
  summary: "MAINTAINER is deprecated",
  fixable: true,
  check(model, _options, report) {
    for (const inst of model.instructions) {
      if (inst.keyword !== "MAINTAINER") continue;
      const who = inst.argsText.trim();
      const oneLine = !inst.argsText.includes("\n") && who.length > 0 && model.escapeChar === "\\";
      const quoted = who.replace(/[\\"$]/g, (c) => `\\${c}`);
      report({
        range: inst.keywordRange,
        message: `MAINTAINER is deprecated and its value is not a label tools can read; write \`LABEL org.opencontainers.image.authors="${who || "\u2026"}"\` instead.`,
        fix: oneLine ? {
          description: "Replace MAINTAINER with an org.opencontainers.image.authors label",
          edits: [{ range: inst.range, text: `LABEL org.opencontainers.image.authors="${quoted}"` }]
        } : void 0
      });
    }
  }
});

// src/rules/dockerfile/max-layers.ts
var LAYER_KEYWORDS = /* @__PURE__ */ new Set(["RUN", "COPY", "ADD"]);
var max_layers_default = defineRule({
  id: "dockerfile/max-layers",
  severity: "warning",
  summary: "The final image adds too many layers",
  options: {
    max: {
      type: "integer",
      minimum: 1,
      description: "Most RUN, COPY and ADD instructions the final image may add on top of its base image.",
      default: 20
    }
  },
  check(model, options, report) {
    const max = Number.isFinite(options.max) && options.max >= 1 ? Math.floor(options.max) : 20;
    const chain = finalStageChain(model);
    if (chain.length === 0) return;
    const layers = chain.flatMap((s) => s.instructions).filter((i) => LAYER_KEYWORDS.has(i.keyword));
    if (layers.length <= max) return;
    const first = layers[max];
    const final = chain[chain.length - 1];
    const names = chain.map((s) => s.nameRaw ?? `#${s.index}`);
    const via = chain.length > 1 ? ` (built through stages ${names.join(" \u2192 ")})` : "";
    report({
      range: first.keywordRange,
      message: `The final image${via} adds ${layers.length} layers with RUN, COPY and ADD, more than the maximum of ${max}; this is the ${ordinal(max + 1)}. Every layer costs pull time and storage, and files changed in a later layer stay in the earlier ones. Join related RUN steps with &&, copy files together, or move build-only steps into a separate stage and COPY --from it.`,
      context: final.name ? { stage: final.name } : void 0
    });
  }
});
function ordinal(n) {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${s}`;
}

// src/rules/dockerfile/multiple-cmd.ts
var multiple_cmd_default = defineRule({
  id: "dockerfile/multiple-cmd",
  aliases: ["DL4003", "DS016", "AVD-DS-0016"],
  severity: "warning",
  summary: "A stage has more than one CMD",
  check(model, _options, report) {
    for (const stage of model.stages) {
      const all = stage.instructions.filter((i) => i.keyword === "CMD");
      for (let k = 1; k < all.length; k++) {
        report({
          range: all[k].keywordRange,
          message: `This stage already has a CMD (line ${all[k - 1].range.line}); only the last CMD takes effect, so the earlier one is dead code that misleads readers. Keep a single CMD.`
        });
      }
    }
  }
});

// src/rules/dockerfile/multiple-entrypoint.ts
var multiple_entrypoint_default = defineRule({
  id: "dockerfile/multiple-entrypoint",
  aliases: ["DL4004", "DS007", "AVD-DS-0007"],
  severity: "error",
  summary: "A stage has more than one ENTRYPOINT",
  check(model, _options, report) {
    for (const stage of model.stages) {
      const all = stage.instructions.filter((i) => i.keyword === "ENTRYPOINT");
      for (let k = 1; k < all.length; k++) {
        report({
          range: all[k].keywordRange,
          message: `This stage already has an ENTRYPOINT (line ${all[k - 1].range.line}); only the last one takes effect, so the earlier one never runs. Keep a single ENTRYPOINT.`
        });
      }
    }
  }
});

// src/rules/dockerfile/multiple-instructions.ts
var ONCE = ["CMD", "ENTRYPOINT", "HEALTHCHECK"];
var multiple_instructions_default = defineRule({
  id: "dockerfile/multiple-instructions",
  aliases: ["MultipleInstructionsDisallowed"],
  severity: "warning",
  summary: "A stage has more than one CMD, ENTRYPOINT or HEALTHCHECK; the earlier ones are ignored",
  check(model, _options, report) {
    for (const stage of model.stages) {
      const last = /* @__PURE__ */ new Map();
      for (const inst of stage.instructions) {
        if (!ONCE.includes(inst.keyword)) continue;
        const previous = last.get(inst.keyword);
        last.set(inst.keyword, inst);
        if (!previous) continue;
        report({
          range: previous.keywordRange,
          message: `Multiple ${inst.keyword} instructions should not be used in the same stage because only the last one will be used: this one is overridden by the ${inst.keyword} on line ${inst.range.line}. Remove it, or merge what it does into that one.`
        });
      }
    }
  }
});

// src/rules/dockerfile/no-apt.ts
var SAME_IN_APT_GET = /* @__PURE__ */ new Set([
  "install",
  "update",
  "remove",
  "purge",
  "autoremove",
  "clean",
  "autoclean",
  "build-dep",
  "source"
]);
var APT_CACHE = /* @__PURE__ */ new Set(["search", "show", "policy", "depends", "rdepends", "showsrc"]);
var no_apt_default = defineRule({
  id: "dockerfile/no-apt",
  aliases: ["DL3027", "CKV_DOCKER_9"],
  severity: "warning",
  summary: "RUN uses apt instead of apt-get or apt-cache",
  fixable: true,
  check(model, _options, report) {
    for (const cmd of aptCommands(runInvocations(model), ["apt"])) {
      const sub2 = cmd.sub?.value ?? "";
      const instead = APT_CACHE.has(sub2) ? "apt-cache" : "apt-get";
      const word = cmd.inv.nameWord;
      const safe = SAME_IN_APT_GET.has(sub2) && word.value === "apt" && word.raw === "apt" && editable(cmd.inv);
      report({
        range: model.rangeOf(word.start, word.end),
        message: `\`apt\` is meant for people at a terminal: its output and options are not a stable interface and it warns when scripted. Use \`${instead}${sub2 ? ` ${sub2}` : ""}\` in a Dockerfile.`,
        fix: safe ? {
          description: "Use apt-get",
          edits: [{ range: model.rangeOf(word.start, word.end), text: "apt-get" }]
        } : void 0
      });
    }
  }
});

// src/rules/dockerfile/no-empty-continuation.ts
function emptyContinuationLines(model, inst) {
  const esc = model.escapeChar;
  const ends = (line) => {
    return line.replace(/[ \t]+$/, "").endsWith(esc);
  };
  const empty = [];
  let n = inst.range.line;
  let lastLine = n;
  if (!ends(model.lines[n - 1] ?? "")) return { empty, lastLine };
  while (n < model.lines.length) {
    n++;
    const line = model.lines[n - 1];
    lastLine = n;
    if (/^[ \t]*#/.test(line)) continue;
    if (line.trim() === "") {
      empty.push(n);
      continue;
    }
    if (!ends(line)) break;
  }
  return { empty, lastLine };
}
var no_empty_continuation_default = defineRule({
  id: "dockerfile/no-empty-continuation",
  aliases: ["NoEmptyContinuation", "NoEmptyContinuations"],
  severity: "warning",
  summary: "An empty line inside a continued instruction",
  fixable: true,
  check(model, _options, report) {
    for (const inst of model.instructions) {
      const { empty, lastLine } = emptyContinuationLines(model, inst);
      if (empty.length === 0) continue;
      const lines = empty.length === 1 ? `line ${empty[0]} is` : `lines ${empty.join(", ")} are`;
      report({
        range: {
          line: lastLine,
          column: 1,
          endLine: lastLine,
          endColumn: (model.lines[lastLine - 1] ?? "").length + 1
        },
        message: `Empty continuation line found in this ${inst.keyword}: ${lines} empty after a line continuation. The builder still joins across them today, but empty continuation lines will become errors in a future release; remove them (a comment line is fine).`,
        fix: {
          description: `Remove the empty ${empty.length === 1 ? "line" : "lines"}`,
          edits: empty.map((l) => ({
            range: { line: l, column: 1, endLine: l + 1, endColumn: 1 },
            text: ""
          }))
        }
      });
    }
  }
});

// src/rules/dockerfile/no-sudo.ts
var no_sudo_default = defineRule({
  id: "dockerfile/no-sudo",
  aliases: ["DL3004", "DS010", "AVD-DS-0010", "CKV2_DOCKER_1"],
  severity: "error",
  summary: "RUN uses sudo",
  check(model, _options, report) {
    for (const inv of runInvocations(model)) {
      if (inv.name !== "sudo" && !inv.wrappers.includes("sudo")) continue;
      const word = inv.cmd.words.find((w) => basename(w.value) === "sudo") ?? inv.nameWord;
      report({
        range: model.rangeOf(word.start, word.end),
        message: "Do not use `sudo` in RUN: it needs a TTY or a sudoers entry, behaves differently across images, and keeps a privilege-escalation tool in the image. Switch with `USER root` around the step, or use `gosu`/`su-exec` in the entrypoint to drop privileges."
      });
    }
  }
});

// src/rules/image-users.ts
var KNOWN_NON_ROOT_IMAGES = [
  {
    // Chainguard images run as `nonroot` (65532); wolfi-base and chainguard-base are the root exceptions.
    name: /^cgr\.dev\/chainguard\//,
    except: /\/(wolfi-base|chainguard-base)$/,
    user: "nonroot (65532)",
    source: "https://edu.chainguard.dev/chainguard/chainguard-images/overview/"
  },
  {
    // distroless `:nonroot` and `:debug-nonroot` tags (and any image tagged or named non-root).
    name: /./,
    tag: /non-?root/i,
    user: "nonroot (65532)",
    source: "https://github.com/GoogleContainerTools/distroless#non-root-images"
  },
  {
    name: /non-?root|rootless|unprivileged/i,
    user: "an unprivileged user",
    source: "the image name (e.g. nginxinc/nginx-unprivileged runs as 101)"
  },
  {
    // docker:dind-rootless and other `-rootless` variants.
    name: /./,
    tag: /rootless/i,
    user: "rootless (1000)",
    source: "https://docs.docker.com/engine/security/rootless/"
  },
  {
    // .NET "chiseled" images (Ubuntu chiselled) set USER app (1654).
    name: /^mcr\.microsoft\.com\/dotnet\//,
    tag: /chiseled|distroless/i,
    user: "app (1654)",
    source: "https://github.com/dotnet/dotnet-docker/blob/main/documentation/ubuntu-chiseled.md"
  },
  {
    // Bitnami's application images are "non-root container images" (1001); minideb is their root base.
    name: /^(docker\.io\/)?bitnami\//,
    except: /\/minideb$/,
    user: "1001",
    source: "https://docs.bitnami.com/tutorials/work-with-non-root-containers/"
  }
];
function knownNonRootImage(ref) {
  const name = ref.name.toLowerCase();
  return KNOWN_NON_ROOT_IMAGES.find(
    (e) => e.name.test(name) && (e.tag === void 0 || e.tag.test(ref.tag ?? "")) && (e.except === void 0 || !e.except.test(name))
  );
}
function isWindowsImage(ref) {
  return /windows|nanoserver|servercore/i.test(ref.text);
}
function windowsDefaultUser(ref) {
  return /nanoserver/i.test(ref.text) ? "ContainerUser" : "ContainerAdministrator";
}
var ROOT_BY_DEFAULT = /* @__PURE__ */ new Set([
  "alpine",
  "busybox",
  "debian",
  "ubuntu",
  "centos",
  "fedora",
  "rockylinux",
  "almalinux",
  "amazonlinux",
  "oraclelinux",
  "archlinux",
  "python",
  "node",
  "golang",
  "ruby",
  "php",
  "openjdk",
  "eclipse-temurin",
  "amazoncorretto",
  "maven",
  "gradle",
  "rust",
  "perl",
  "buildpack-deps"
]);
function knownRootImage(ref) {
  return ref.registry === "docker.io" && ROOT_BY_DEFAULT.has(ref.name.toLowerCase());
}

// src/rules/dockerfile/non-root-user.ts
var DROPS_PRIVILEGES = /\b(gosu|su-exec|setpriv|s6-setuidgid|chpst|setuidgid)\b/;
var non_root_user_default = defineRule({
  id: "dockerfile/non-root-user",
  aliases: ["DL3002", "DS002", "AVD-DS-0002", "CKV_DOCKER_3", "CKV_DOCKER_8"],
  severity: "warning",
  hadolintOptions: { requireUser: false },
  summary: "The final image runs as root",
  securitySeverity: 6,
  options: {
    requireUser: {
      type: "boolean",
      description: "Also report a final image that never sets a non-root USER (itself or through the stages it is built on).",
      default: true
    }
  },
  check(model, options, report) {
    const stage = finalStage(model);
    if (!stage) return;
    const context = stage.name ? { stage: stage.name } : void 0;
    const root = stageChain(model, stage)[0];
    const windows = isWindowsImage(root.base) || !root.from.posixShell;
    const user = lastInChain(model, stage, "USER");
    if (user) {
      const arg = user.args[0];
      if (!arg) return;
      const expanded = expandVars(arg.value, user.scope, model.escapeChar);
      if (expanded.unresolved.length > 0) return;
      const name = expanded.value.split(":")[0].trim();
      const inherited = user.stage !== stage.index ? ` (inherited from stage ${model.stages[user.stage]?.nameRaw ?? user.stage})` : "";
      if (windows) {
        if (name.toLowerCase() !== "containeradministrator") return;
        report({
          range: arg.range,
          message: `The final image runs as ContainerAdministrator: USER ${arg.value} at line ${user.range.line}${inherited} is its last USER. Switch to USER ContainerUser after the steps that need administrator rights.`,
          context
        });
        return;
      }
      if (name !== "root" && !/^0+$/.test(name)) return;
      report({
        range: arg.range,
        message: `The final image runs as root: USER ${arg.value} at line ${user.range.line}${inherited} is its last USER. A process that breaks out of the application then has root in the container, and on the host too without user namespaces. Switch to an unprivileged user after the steps that need root, e.g. USER 10001.`,
        context
      });
      return;
    }
    if (options.requireUser === false) return;
    if (stage.implicit) return;
    const base = root.base;
    if (knownNonRootImage(base) || base.templatePlaceholders) return;
    if (chainInstructions(model, stage).some((i) => DROPS_PRIVILEGES.test(i.argsText))) return;
    if (windows) {
      if (windowsDefaultUser(base) === "ContainerUser") return;
      report({
        range: imageArgRange(stage),
        message: `The final image never sets a USER, so its processes run as ContainerAdministrator, the default of ${base.text || "its Windows base"}. Add USER ContainerUser after the steps that need administrator rights.`,
        context
      });
      return;
    }
    report({
      range: imageArgRange(stage),
      message: `The final image never sets a USER, so its processes run as root unless the base image ${base.text || "scratch"} chose otherwise. Create an unprivileged user and add USER <name or uid> after the steps that need root.`,
      context
    });
  }
});

// src/rules/dockerfile/npm-pin-versions.ts
var NPM_VALUED = /* @__PURE__ */ new Set([
  "-w",
  "--workspace",
  "--registry",
  "--prefix",
  "--tag",
  "--loglevel",
  "--cache",
  "--userconfig",
  "--globalconfig",
  "--omit",
  "--include",
  "--install-strategy",
  "--before",
  "--otp",
  "--scope",
  "--location"
]);
var INSTALL = /* @__PURE__ */ new Set([
  "install",
  "i",
  "in",
  "ins",
  "inst",
  "insta",
  "instal",
  "isnt",
  "isnta",
  "isntal",
  "isntall",
  "add"
]);
var MOVING_TAGS = /* @__PURE__ */ new Set(["", "latest", "next", "*", "x"]);
function pinned4(spec) {
  if (/^(\.{1,2}(\/|$)|\/|~\/|file:)/.test(spec)) return true;
  if (/\.(tgz|tar\.gz|tar)$/i.test(spec)) return true;
  const git = /^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec) || /^[^@/.][^@/]*\/[^/]+$/.test(spec) && !spec.includes("@");
  if (git) return spec.includes("#");
  if (isUrl(spec)) return true;
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  if (at < 0) return false;
  const version = spec.slice(at + 1);
  if (version.startsWith("npm:")) return pinned4(version.slice(4));
  return !MOVING_TAGS.has(version.toLowerCase());
}
function bareName(spec) {
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  return at < 0 ? spec : spec.slice(0, at);
}
var npm_pin_versions_default = defineRule({
  id: "dockerfile/npm-pin-versions",
  aliases: ["DL3016"],
  severity: "warning",
  summary: "npm install of named packages without pinned versions",
  check(model, _options, report) {
    for (const inv of runInvocations(model)) {
      if (inv.name !== "npm") continue;
      const cli = parseCli(inv.args, { valued: NPM_VALUED });
      const sub2 = cli.operands[0];
      if (!sub2 || !INSTALL.has(sub2.value)) continue;
      const cmd = { inv, cli, sub: sub2, packages: cli.operands.slice(1) };
      const bad = unpinnedPackages(cmd, pinned4);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word)
        ),
        message: `npm install of ${listNames(names)} without a version: every build fetches the newest release, so rebuilds are not reproducible. Pin it: \`${bareName(names[0])}@<version>\`, or install from a package.json with a lock file (\`npm ci\`).`
      });
    }
  }
});

// src/rules/dockerfile/onbuild-invalid-trigger.ts
var INVALID = /* @__PURE__ */ new Set(["ONBUILD", "FROM", "MAINTAINER"]);
var onbuild_invalid_trigger_default = defineRule({
  id: "dockerfile/onbuild-invalid-trigger",
  aliases: ["DL3043"],
  severity: "error",
  summary: "ONBUILD triggers ONBUILD, FROM or MAINTAINER",
  check(model, _options, report) {
    for (const inst of model.instructions) {
      const t = inst.trigger;
      if (inst.keyword !== "ONBUILD" || !t || !INVALID.has(t.keyword)) continue;
      report({
        range: t.keywordRange,
        message: `\`ONBUILD ${t.keyword}\` is not allowed: the builder rejects ONBUILD, FROM and MAINTAINER as triggers (the child image builds fail). Move the instruction out of ONBUILD` + (t.keyword === "MAINTAINER" ? " (as `LABEL org.opencontainers.image.authors=\u2026`)." : ".")
      });
    }
  }
});

// src/rules/dockerfile/package-signature-disabled.ts
var APT = /* @__PURE__ */ new Set(["apt-get", "apt", "aptitude"]);
var RPM_MANAGERS = /* @__PURE__ */ new Set(["dnf", "dnf5", "yum", "microdnf", "tdnf", "rpm"]);
function hits(inv) {
  const out = [];
  const add = (w, what, instead) => {
    if (w) out.push({ word: w, what, instead });
  };
  const args = inv.words.slice(1);
  const name = inv.name;
  if (name === "apk") {
    add(
      optionWord(inv, ["--allow-untrusted"]),
      "apk --allow-untrusted installs packages whose signature is missing or unknown",
      "add the signing key to /etc/apk/keys"
    );
  } else if (APT.has(name)) {
    for (const opt of ["--allow-unauthenticated", "--force-yes", "--allow-insecure-repositories"]) {
      add(
        optionWord(inv, [opt]),
        `${name} ${opt} installs packages whose signature cannot be verified`,
        "add the repository key (signed-by=) instead"
      );
    }
    for (let i = 0; i < args.length; i++) {
      const a = args[i].value;
      const w = a === "-o" ? args[i + 1] : a.startsWith("-o") ? args[i] : void 0;
      const v = w ? w.value.replace(/^-o/, "") : "";
      if (w && /^(?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories)=(?:true|1|yes)$/i.test(v)) {
        add(
          w,
          `${name} -o ${v} accepts unsigned packages or repositories`,
          "add the repository key (signed-by=) instead"
        );
      }
    }
  } else if (RPM_MANAGERS.has(name)) {
    add(
      optionWord(inv, ["--nogpgcheck"]),
      `${name} --nogpgcheck installs packages without checking their GPG signature`,
      "import the repository key (rpm --import) instead"
    );
    if (name === "rpm") {
      for (const opt of ["--nosignature", "--nodigest", "--noverify", "--nofiledigest"]) {
        add(
          optionWord(inv, [opt]),
          `rpm ${opt} skips the package's signature or digest checks`,
          "import the signing key (rpm --import) instead"
        );
      }
    }
    for (const w of args) {
      if (/^--setopt=["']?(?:[^=\s]+\.)?(?:repo_)?gpgcheck["']?=["']?(?:0|false|no)["']?$/i.test(w.value)) {
        add(
          w,
          `${name} ${w.value} turns signature checks off`,
          "import the repository key (rpm --import) instead"
        );
      }
    }
  } else if (name === "zypper") {
    add(
      optionWord(inv, ["--no-gpg-checks"]),
      "zypper --no-gpg-checks installs packages without checking their signatures",
      "import the repository key (rpm --import) instead"
    );
  }
  for (const w of args) {
    if (/\[(?:[^\]]*\s)?trusted=yes(?:\s[^\]]*)?\]/.test(w.value)) {
      add(
        w,
        "an APT source marked [trusted=yes] is used without any signature check",
        "give it the repository key with [signed-by=/path/key.gpg]"
      );
    }
  }
  return out;
}
var package_signature_disabled_default = defineRule({
  id: "dockerfile/package-signature-disabled",
  aliases: ["CKV2_DOCKER_7", "CKV2_DOCKER_8", "CKV2_DOCKER_9", "CKV2_DOCKER_10", "CKV2_DOCKER_11"],
  severity: "error",
  summary: "A package manager is told to install packages without checking their signatures",
  securitySeverity: 7.5,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "RUN") continue;
        for (const inv of findCommands(inst)) {
          for (const h of hits(inv)) {
            report({
              range: rangeOfWords(model, h.word),
              message: `${h.what}. Signatures are what tell a genuine package from one swapped in by a compromised mirror or proxy; remove the option and ${h.instead}.`
            });
          }
        }
      }
    }
  }
});

// src/rules/dockerfile/pip-no-cache-dir.ts
var CACHE_DIRS = ["/root/.cache/pip"];
var pip_no_cache_dir_default = defineRule({
  id: "dockerfile/pip-no-cache-dir",
  aliases: ["DL3042"],
  severity: "warning",
  hadolintOptions: { onlyShippedStages: false },
  summary: "pip install without --no-cache-dir",
  fixable: true,
  options: {
    onlyShippedStages: {
      type: "boolean",
      description: "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); a cache left in another build stage never ships.",
      default: true
    }
  },
  check(model, options, report) {
    for (const inst of runInstructions(model, { shippedOnly: options.onlyShippedStages })) {
      const mounted = mountsOf(inst).some(
        (m) => (m.type === "cache" || m.type === "tmpfs") && !!m.target && /(?:^|\/)\.cache(?:\/pip)?\/?$/.test(m.target)
      );
      if (mounted) continue;
      for (const inv of findCommands(inst, (i) => packageManagerOf(i)?.id === "pip")) {
        if (!actionsOf(inv).has("install")) continue;
        if (hasOption(inv, "--no-cache-dir")) continue;
        if (envFlagSet(inst, inv, "PIP_NO_CACHE_DIR")) continue;
        const purged = findCommands(inst, (i) => packageManagerOf(i)?.id === "pip").some(
          (p) => p.command.start > inv.command.start && actionsOf(p).has("clean")
        );
        if (purged || removesDir(inst, inv.command.start, CACHE_DIRS)) continue;
        const sub2 = subcommandOf(inv);
        report({
          range: model.rangeOf(inv.words[0].start, sub2.end),
          message: `\`${inv.name} install\` keeps every downloaded wheel in pip's cache (~/.cache/pip) in the layer; write \`${inv.name} install --no-cache-dir \u2026\`, set \`ENV PIP_NO_CACHE_DIR=1\`, or mount the cache with \`--mount=type=cache,target=/root/.cache/pip\`.`,
          fix: insertAfterWord(model, sub2, " --no-cache-dir", "Add --no-cache-dir")
        });
      }
    }
  }
});

// src/rules/dockerfile/pip-pin-versions.ts
function pinned5(spec) {
  if (/(===?|~=|!=|<=?|>=?|@)/.test(spec)) return true;
  if (isUrl(spec) || /^(git|hg|svn|bzr)\+/.test(spec)) return true;
  if (spec === "." || spec === ".." || /^(\/|\.\.?\/|~\/)/.test(spec) || spec.includes("/")) return true;
  return /\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/i.test(spec);
}
var pip_pin_versions_default = defineRule({
  id: "dockerfile/pip-pin-versions",
  aliases: ["DL3013"],
  severity: "warning",
  summary: "pip install without pinned package versions",
  check(model, _options, report) {
    for (const cmd of pipInstalls(runInvocations(model))) {
      if (hasOption2(cmd.cli, "-r", "--requirement", "-c", "--constraint")) continue;
      const bad = unpinnedPackages(cmd, pinned5);
      if (bad.length === 0) continue;
      const names = bad.flatMap((b) => b.names);
      report({
        range: spanRange(
          model,
          bad.map((b) => b.word)
        ),
        message: `pip install of ${listNames(names)} without a version: every build resolves the newest release, so rebuilds are not reproducible and may break. Pin it (\`${names[0]}==<version>\`, a version from an ARG counts) or install from a requirements file: \`pip install -r requirements.txt\`.`
      });
    }
  }
});

// src/rules/dockerfile/pipe-to-shell.ts
var DOWNLOADERS = /* @__PURE__ */ new Set(["curl", "wget", "fetch", "http", "https"]);
var SHELLS = /* @__PURE__ */ new Set([
  "sh",
  "bash",
  "ash",
  "dash",
  "zsh",
  "ksh",
  "mksh",
  "busybox",
  "python",
  "python3",
  "perl",
  "ruby",
  "node",
  "php"
]);
var DOWNLOAD_IN_WORD = /(?:\$\(|`|<\()\s*(?:sudo\s+)?(?:curl|wget)\b/;
function isShell(name) {
  return SHELLS.has(name) || /^python\d(?:\.\d+)?$/.test(name);
}
function pipedDownloads(inst) {
  const out = [];
  const cmds = inst.script?.commands ?? [];
  for (let i = 0; i < cmds.length; i++) {
    const inv = invocationOf(cmds[i]);
    if (!isShell(inv.name)) continue;
    if (cmds[i].prev === "|" || cmds[i].prev === "|&") {
      for (let j = i - 1; j >= 0 && cmds[j].pipeline === cmds[i].pipeline; j--) {
        const d = invocationOf(cmds[j]).name;
        if (DOWNLOADERS.has(d)) {
          out.push({ shell: cmds[i], source: d });
          break;
        }
      }
    }
    const w = inv.words.slice(1).find((x) => DOWNLOAD_IN_WORD.test(x.raw));
    if (w && !out.some((o) => o.shell === cmds[i]))
      out.push({ shell: cmds[i], source: /wget/.test(w.raw) ? "wget" : "curl" });
  }
  return out;
}
var pipe_to_shell_default = defineRule({
  id: "dockerfile/pipe-to-shell",
  aliases: [],
  severity: "warning",
  summary: "RUN pipes a download straight into a shell or interpreter",
  securitySeverity: 6.5,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "RUN") continue;
        for (const { shell, source } of pipedDownloads(inst)) {
          const inv = invocationOf(shell);
          report({
            range: rangeOfWords(model, inv.words[0], inv.words[inv.words.length - 1]),
            message: `The output of ${source} is run by ${inv.name} as it arrives: whatever the server (or anyone between) returns at build time runs unchecked, and a cut-off download runs half a script. Download to a file, check it (sha256sum -c or a signature), then run it.`
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/pipefail.ts
function optionsSetPipefail(args) {
  let on = false;
  for (let i = 0; i < args.length - 1; i++) {
    if (args[i + 1] !== "pipefail") continue;
    if (/^-[A-Za-z]*o$/.test(args[i])) on = true;
    else if (/^\+[A-Za-z]*o$/.test(args[i])) on = false;
  }
  return on;
}
function heredocShell(model, inst) {
  const h = inst.heredocs.find((d) => d.isScript);
  if (!h) return void 0;
  const head = model.text.slice(inst.argsOffset, model.text.lastIndexOf("\n", h.bodyOffset - 1));
  const words = head.split(/\s+/).filter((w) => w && !w.startsWith("<<"));
  return words.length > 0 ? words : void 0;
}
var pipefail_default = defineRule({
  id: "dockerfile/pipefail",
  aliases: ["DL4006", "DS032", "AVD-DS-0032"],
  severity: "warning",
  hadolintOptions: { ignoreEchoPipes: false },
  summary: "RUN with a pipe and no pipefail",
  options: {
    ignoreEchoPipes: {
      type: "boolean",
      description: 'Accept pipelines in which only `echo`/`printf` feed the pipe (`echo "$SUM  f" | sha256sum -c`): they cannot fail, so pipefail changes nothing. hadolint reports them.',
      default: true
    }
  },
  check(model, options, report) {
    const cannotFail = (m) => options.ignoreEchoPipes && (m.name === "echo" || m.name === "printf");
    for (const inst of model.instructions) {
      if (inst.keyword !== "RUN" || !inst.script) continue;
      const cmds = inst.script.commands;
      const members = (c) => cmds.filter((m) => m.pipeline === c.pipeline && m.depth === c.depth);
      const piped = cmds.find((c) => {
        if (c.next !== "|" && c.next !== "|&") return false;
        const pipeline2 = members(c);
        return pipeline2.slice(0, -1).some((m) => !cannotFail(m));
      });
      if (!piped) continue;
      const inBody = inst.heredocs.find(
        (h) => h.isScript && piped.start >= h.bodyOffset && piped.start <= h.bodyOffset + h.body.length
      );
      let fromShell;
      if (inst.form === "exec") fromShell = false;
      else if (inBody && /^#!/.test(inBody.body)) fromShell = false;
      else if (inBody && heredocShell(model, inst))
        fromShell = optionsSetPipefail(heredocShell(model, inst));
      else fromShell = optionsSetPipefail(inst.shell.slice(1));
      if (fromShell) continue;
      const setBefore = cmds.some(
        (c) => c.start < piped.start && !c.inSubstitution && c.words[0]?.value === "set" && optionsSetPipefail(c.args)
      );
      if (setBefore) continue;
      const pipeline = members(piped);
      const start = Math.min(...pipeline.map((c) => c.start));
      const end = Math.max(...pipeline.map((c) => c.end));
      const names = pipeline.map((c) => c.name || "\u2026").join(" | ");
      const failing = pipeline.find((m) => !cannotFail(m)) ?? piped;
      report({
        range: model.rangeOf(start, end),
        message: `\`${names}\` runs without pipefail, so the RUN succeeds even when \`${failing.name}\` fails (a pipeline returns its last command's status). Put \`SHELL ["/bin/bash", "-o", "pipefail", "-c"]\` before this RUN, or start the script with \`set -o pipefail\` where the shell supports it.`
      });
    }
  }
});

// src/rules/dockerfile/pointless-command.ts
var WHY = {
  ssh: "a build has no interactive session and should not reach other hosts with credentials",
  vim: "a build has no terminal to edit in; write the file with COPY or a heredoc instead",
  shutdown: "a build container cannot shut a machine down",
  service: "services started during a build do not survive into the container; start them from the ENTRYPOINT",
  ps: "the process list of a build step says nothing about the running container",
  free: "memory figures of the build host say nothing about the running container",
  top: "an interactive monitor never ends in a build",
  kill: "processes of a build step end with it anyway; start long-running processes from the ENTRYPOINT",
  mount: "mounts made in a build step do not persist; use RUN --mount or a volume at run time",
  ifconfig: "the network of a build step is not the network of the running container"
};
var pointless_command_default = defineRule({
  id: "dockerfile/pointless-command",
  aliases: ["DL3001"],
  severity: "info",
  summary: "RUN uses a command that makes no sense while building an image (ssh, vim, service, ps\u2026)",
  options: {
    commands: {
      type: "array",
      items: { type: "string" },
      description: "Command names to report when a RUN executes them.",
      default: ["free", "ifconfig", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim"]
    }
  },
  check(model, options, report) {
    const names = new Set(options.commands);
    for (const inv of runInvocations(model)) {
      if (!names.has(inv.name)) continue;
      const why = WHY[inv.name] ?? "it has no useful effect while building an image";
      report({
        range: model.rangeOf(inv.nameWord.start, inv.nameWord.end),
        message: `RUN executes \`${inv.name}\`, but ${why}. Remove it from the build.`
      });
    }
  }
});

// src/rules/dockerfile/redundant-target-platform.ts
var redundant_target_platform_default = defineRule({
  id: "dockerfile/redundant-target-platform",
  aliases: ["DL3065", "RedundantTargetPlatform"],
  severity: "warning",
  summary: "FROM --platform=$TARGETPLATFORM is the default",
  fixable: true,
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const flag = flagOf(stage.from, "platform");
      if (!flag || !/^\$(?:TARGETPLATFORM|\{TARGETPLATFORM\})$/.test((flag.value ?? "").trim())) continue;
      const line = model.lines[flag.range.line - 1] ?? "";
      let endColumn = flag.range.endColumn;
      while (flag.range.endLine === flag.range.line && line[endColumn - 1] === " ") endColumn++;
      report({
        range: flag.range,
        message: "`--platform=$TARGETPLATFORM` is what FROM does without the flag, so it only adds noise; remove it (keep `--platform` for other values, e.g. `$BUILDPLATFORM` for cross-compiling stages).",
        fix: {
          description: "Remove --platform=$TARGETPLATFORM",
          edits: [{ range: { ...flag.range, endLine: flag.range.line, endColumn }, text: "" }]
        }
      });
    }
  }
});

// src/rules/secrets.ts
var VALUE_PATTERNS = [
  { re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/, what: "a PEM private key" },
  { re: /(?:^|[^A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{30,}/, what: "a GitHub token" },
  {
    re: /(?:^|[^A-Za-z0-9])github_pat_[A-Za-z0-9_]{30,}/,
    what: "a GitHub fine-grained personal access token"
  },
  { re: /(?:^|[^A-Za-z0-9])glpat-[A-Za-z0-9_-]{20,}/, what: "a GitLab personal access token" },
  {
    re: /(?:^|[^A-Za-z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}(?![A-Za-z0-9])/,
    what: "an AWS access key ID"
  },
  { re: /(?:^|[^A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}/, what: "a Slack token" },
  { re: /(?:^|[^A-Za-z0-9])xapp-\d-[A-Za-z0-9-]{10,}/, what: "a Slack app token" },
  { re: /(?:^|[^A-Za-z0-9])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/, what: "a Stripe secret key" },
  { re: /(?:^|[^A-Za-z0-9])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/, what: "an npm access token" },
  { re: /(?:^|[^A-Za-z0-9])pypi-[A-Za-z0-9_-]{50,}/, what: "a PyPI API token" },
  { re: /(?:^|[^A-Za-z0-9])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/, what: "a Google API key" },
  { re: /(?:^|[^A-Za-z0-9])sk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}/, what: "an OpenAI/Anthropic API key" },
  { re: /(?:^|[^A-Za-z0-9])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/, what: "a SendGrid API key" },
  {
    re: /(?:^|[^A-Za-z0-9.])eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/,
    what: "a JSON Web Token"
  }
];
var STRONG_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pword",
  "passphrase",
  "secret",
  "secrets",
  "token",
  "tokens",
  "apikey",
  "credential",
  "credentials",
  "privatekey",
  "secretkey",
  "accesskey",
  "authtoken",
  "accesstoken",
  "apitoken",
  "clientsecret",
  "sessionkey"
]);
var KNOWN_SECRET_NAMES = /* @__PURE__ */ new Set(["AWS_ACCESS_KEY_ID", "AWS_SESSION_TOKEN"]);
var GLUED_SUFFIX = /^[a-z0-9]{2,}(password|passwd|secret|token)$/;
var WEAK_WORDS = /* @__PURE__ */ new Set(["auth", "pass", "pwd", "creds", "key", "keys"]);
var DESCRIPTORS = /* @__PURE__ */ new Set([
  "file",
  "files",
  "path",
  "paths",
  "url",
  "urls",
  "uri",
  "dir",
  "directory",
  "folder",
  "location",
  "loc",
  "version",
  "ver",
  "id",
  "ids",
  "name",
  "names",
  "alias",
  "arn",
  "ref",
  "len",
  "length",
  "min",
  "max",
  "size",
  "bits",
  "type",
  "types",
  "kind",
  "mode",
  "method",
  "algorithm",
  "algo",
  "alg",
  "format",
  "encoding",
  "ttl",
  "timeout",
  "expiry",
  "expires",
  "expiration",
  "lifetime",
  "duration",
  "interval",
  "rotation",
  "header",
  "field",
  "param",
  "var",
  "env",
  "enabled",
  "enable",
  "disabled",
  "disable",
  "required",
  "optional",
  "policy",
  "rules",
  "complexity",
  "strength",
  "count",
  "attempts",
  "retries",
  "host",
  "hostname",
  "port",
  "endpoint",
  "server",
  "provider",
  "domain",
  "realm",
  "scope",
  "scopes",
  "issuer",
  "audience",
  "fingerprint",
  "prefix",
  "suffix",
  "hash",
  "ring",
  "servers",
  "store",
  "mount",
  "dst",
  "src",
  "config",
  "conf",
  "cfg",
  "helper",
  "sha",
  "sha1",
  "sha256",
  "sha512",
  "md5",
  "checksum",
  "digest",
  "source",
  "target"
]);
var NON_CREDENTIAL_KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "gpg",
  "gnupg",
  "pgp",
  "apt",
  "repo",
  "pub",
  "public",
  "cache",
  "sort",
  "partition",
  "primary",
  "foreign",
  "hash",
  "routing",
  "idempotency",
  "lookup",
  "map",
  "keyboard",
  "hot"
]);
var PUBLIC_KEY_HINTS = /* @__PURE__ */ new Set([
  "gpg",
  "gnupg",
  "pgp",
  "signing",
  "release",
  "verification",
  "verify",
  "trusted"
]);
var STRONG_PLACEHOLDER = /^(?:x+|\*+|\*+\w+\*+|\.+|-+|_+|[0-]+|changeme|change[-_ ]?me|change[-_ ]?it|placeholder|dummy|example|sample|redacted|none|null|nil|undefined|todo|tbd|fixme|fake\w*|\{\}|\[\]|<[^>]*>|\{\{[^}]*\}\}|%[^%]*%|your[-_ ].*)$/i;
var BOOLEAN_VALUE = /^(?:true|false|yes|no|on|off|enabled?|disabled?|0|1)$/i;
var FINGERPRINTS = /^(?:(?:0x)?(?:[0-9A-F]{16}|[0-9A-F]{40})(?:[\s,;]+|$))+$/i;
var PLACEHOLDER = /^(?:|x+|\*+|\.+|-+|_+|changeme|change[-_ ]?me|placeholder|dummy|example|sample|test|testing|todo|tbd|fixme|none|null|nil|undefined|empty|secret|password|token|key|redacted|hidden|default|true|false|yes|no|on|off|enabled|disabled|\d+|<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}|%[^%]*%|your[-_ ].*|my[-_ ].*)$/i;
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());
}
function isReference(value) {
  return /^\$\{?[A-Za-z_][A-Za-z0-9_]*(?:[:?+-][^}]*)?\}?$/.test(value.trim()) || /^\$\(.*\)$/.test(value.trim());
}
function isPlaceholderValue(value) {
  if (value === void 0) return true;
  const v = value.trim();
  return PLACEHOLDER.test(v) || isReference(v);
}
function isStrongPlaceholder(value) {
  return STRONG_PLACEHOLDER.test(value.trim());
}
function secretValueKind(value) {
  if (!value || value.length < 12) return null;
  for (const { re, what } of VALUE_PATTERNS) if (re.test(value)) return what;
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/\s:@]+):([^/\s@]+)@[^\s/]/i.exec(value);
  if (m && !isPlaceholderValue(m[2]) && !m[2].includes("$")) return "a URL with an embedded password";
  return null;
}
function judgeName(name) {
  if (KNOWN_SECRET_NAMES.has(name.toUpperCase())) return { strength: "strong", word: "credential" };
  const words = nameWords(name).map((w) => GLUED_SUFFIX.exec(w)?.[1] ?? w);
  if (words.length === 0) return null;
  if (words.includes("public") || words.includes("pub")) return null;
  const joined = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (next && (w === "api" && next === "key" || w === "private" && next === "key" || w === "secret" && next === "key" || w === "access" && next === "token" || w === "auth" && next === "token" || w === "pass" && next === "phrase" || w === "client" && next === "secret")) {
      joined.push(w + next);
      i++;
    } else joined.push(w);
  }
  let verdict = null;
  for (let i = 0; i < joined.length; i++) {
    const w = joined[i];
    const strong = STRONG_WORDS.has(w);
    if (!strong && !WEAK_WORDS.has(w)) continue;
    if (joined.slice(i + 1).some((d) => DESCRIPTORS.has(d) || /(?:file|path|dir|url|uri)$/.test(d)))
      return null;
    const qualifier = joined[i - 1];
    if ((w === "key" || w === "keys") && qualifier && NON_CREDENTIAL_KEY_QUALIFIERS.has(qualifier)) continue;
    if ((w === "key" || w === "keys") && joined.slice(0, i).some((q) => PUBLIC_KEY_HINTS.has(q))) continue;
    if ((w === "secret" || w === "secrets") && qualifier === "pull") continue;
    const conclusive = strong || w !== "keys" && qualifier !== void 0 && !/^\d+$/.test(qualifier) && i === joined.length - 1;
    const candidate = { strength: conclusive ? "strong" : "weak", word: w };
    if (!verdict || verdict.strength === "weak" && candidate.strength === "strong") verdict = candidate;
  }
  return verdict;
}
var WORD_LABEL = {
  password: "a password",
  passwd: "a password",
  pword: "a password",
  pass: "a password",
  pwd: "a password",
  passphrase: "a passphrase",
  secret: "a secret",
  secrets: "secrets",
  token: "a token",
  tokens: "tokens",
  apikey: "an API key",
  credential: "a credential",
  credentials: "credentials",
  creds: "credentials",
  privatekey: "a private key",
  secretkey: "a secret key",
  accesskey: "an access key",
  authtoken: "an auth token",
  accesstoken: "an access token",
  apitoken: "an API token",
  clientsecret: "a client secret",
  sessionkey: "a session key",
  auth: "authentication data",
  key: "a key",
  keys: "keys"
};
function secretLike(name, value) {
  if (value !== void 0 && value !== "") {
    const kind = secretValueKind(value);
    if (kind) return { reason: `its value looks like ${kind}` };
  }
  const verdict = judgeName(name);
  if (!verdict) return null;
  const label = WORD_LABEL[verdict.word] ?? "a credential";
  if (value !== void 0) {
    const v2 = value.trim();
    if (v2 === "" || BOOLEAN_VALUE.test(v2) || /^(?:\/|~\/|\.\.?\/)\S*$/.test(v2)) return null;
    if ((verdict.word === "key" || verdict.word === "keys") && FINGERPRINTS.test(v2)) return null;
    if (verdict.strength === "strong" && STRONG_PLACEHOLDER.test(v2)) return null;
  }
  if (verdict.strength === "strong") return { reason: `the name "${name}" says it holds ${label}` };
  if (value === void 0 || isPlaceholderValue(value)) return null;
  const v = value.trim();
  if (v.length < 12 || !(/[0-9]/.test(v) && /[A-Za-z]/.test(v)) || /\s/.test(v) || v.startsWith("/") || /^[a-z][a-z0-9+.-]*:\/\//i.test(v) || v.includes("$"))
    return null;
  return { reason: `the name "${name}" and its value suggest it holds ${label}` };
}

// src/rules/dockerfile/secrets-in-arg-env.ts
var secrets_in_arg_env_default = defineRule({
  id: "dockerfile/secrets-in-arg-env",
  aliases: ["DL3064", "SecretsUsedInArgOrEnv"],
  severity: "error",
  summary: "ARG or ENV holds what looks like a credential",
  securitySeverity: 8,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "ARG" && inst.keyword !== "ENV") continue;
        for (const p of inst.properties) {
          const placeholder = p.value !== void 0 && (isStrongPlaceholder(p.value) || inst.keyword === "ARG" && isPlaceholderValue(p.value));
          const hit = secretLike(p.name, placeholder ? void 0 : p.value);
          if (!hit) continue;
          const byValue = p.value !== void 0 && p.valueRange !== null && secretValueKind(p.value) !== null;
          const where = inst.keyword === "ENV" ? "ENV values are stored in the image config, visible to `docker inspect` and to every process in the container" : "build arguments are recorded in the image history (`docker history`) and build provenance";
          const id = p.name.toLowerCase().replace(/[^a-z0-9_-]/g, "_");
          const stage = model.stages[inst.stage];
          report({
            range: byValue ? p.valueRange : p.nameRange,
            message: `${inst.keyword} ${p.name}: ${hit.reason}. ${where[0].toUpperCase()}${where.slice(1)}. Pass it as a build secret instead: RUN --mount=type=secret,id=${id},env=${p.name} \u2026 with \`docker build --secret id=${id}\`${inst.keyword === "ENV" ? ", or give it to the container at run time" : ""}.`,
            context: stage?.name ? { stage: stage.name } : void 0
          });
        }
      }
    }
  }
});

// src/rules/image-util.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var IMAGE_RANGE = { line: 1, column: 1, endLine: 1, endColumn: 2 };
function layerContext(layerIndex) {
  return layerIndex === void 0 || layerIndex < 0 ? void 0 : { layer: layerIndex + 1 };
}
function describeStep(createdBy, max = 60) {
  const ins = parseCreatedBy(createdBy);
  if (!ins.keyword) return createdBy.trim() ? createdBy.trim().slice(0, max) : "no created_by";
  let body = ins.body.replace(/\s+/g, " ").trim();
  if (ins.keyword === "ENV" || ins.keyword === "ARG" || ins.keyword === "LABEL") {
    const names = [...body.matchAll(/(?:^|\s)([A-Za-z_][\w.-]*)=/g)].map((m) => m[1]);
    body = names.length > 0 ? names.map((n) => `${n}=\u2026`).join(" ") : body.split(/\s/)[0] ?? "";
  }
  body = body.replace(/\b((?:file|dir|multi):[0-9a-f]{12})[0-9a-f]{52}\b/g, "$1\u2026");
  const text = `${ins.keyword} ${body}`.trim();
  return text.length > max ? text.slice(0, max - 1) + "\u2026" : text;
}
function layerLabel(model, layerIndex) {
  const l = model.layers[layerIndex];
  const step = l && l.createdBy ? describeStep(l.createdBy, 50) : "";
  return step ? `layer ${layerIndex + 1} (${step})` : `layer ${layerIndex + 1}`;
}
function sizeOption2(value, name) {
  if (value === null || value === void 0 || value === "") return null;
  const n = parseSize(value);
  if (n === null)
    throw new Error(
      `option ${name} must be a size such as 500MB or a number of bytes (got ${JSON.stringify(value)})`
    );
  return n;
}
function globMatcher(patterns) {
  const list = Array.isArray(patterns) ? patterns.filter((p) => typeof p === "string" && p !== "") : [];
  if (list.length === 0) return () => false;
  const isMatch = (0, import_picomatch.default)(
    list.map((p) => p.replace(/^\/+/, "")),
    { dot: true }
  );
  return (path3) => isMatch(path3.replace(/^\/+/, ""));
}
function listSome(items, max = 5) {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

// src/rules/image/secret-files.ts
function secretFileKind(path3) {
  const base = path3.slice(path3.lastIndexOf("/") + 1);
  const lower = base.toLowerCase();
  if (/^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/.test(base)) return "an SSH private key";
  if (/^ssh_host_[a-z0-9]+_key$/.test(base))
    return "an SSH host private key (every container of the image shares it)";
  if (lower === ".env" || lower.startsWith(".env.") && !/\.(example|sample|template|dist|defaults?|schema)$/.test(lower)) {
    return "a .env file (application secrets)";
  }
  if (/\.(p12|pfx|jks|keystore)$/.test(lower)) return "a key store";
  if (/(^|\/)\.aws\/credentials$/.test(path3)) return "AWS credentials";
  if (/(^|\/)\.docker\/config\.json$/.test(path3)) return "Docker registry credentials";
  if (/(^|\/)\.kube\/config$/.test(path3)) return "a Kubernetes config with cluster credentials";
  if (/(^|\/)\.config\/gcloud\/(credentials\.db|access_tokens\.db|application_default_credentials\.json|legacy_credentials\/.+)$/.test(
    path3
  )) {
    return "Google Cloud credentials";
  }
  if (/(^|\/)\.azure\/(accessTokens\.json|msal_token_cache\.(json|bin))$/.test(path3))
    return "Azure credentials";
  if (lower === ".git-credentials") return "git credentials";
  if (lower === ".netrc" || lower === "_netrc") return "a .netrc with login passwords";
  if (lower === ".npmrc") return "an .npmrc (often holds a registry token)";
  if (lower === ".pypirc") return "a .pypirc (often holds a PyPI token)";
  if (lower === ".pgpass") return "PostgreSQL passwords";
  if (lower === ".vault-token") return "a Vault token";
  if (lower === "terraform.tfstate") return "Terraform state (holds resource secrets)";
  return null;
}
function gitDirOf(path3) {
  const m = /^(.*?(?:^|\/)\.git)(?:\/|$)/.exec(path3);
  return m ? m[1] : null;
}
var MAX_FINDINGS = 25;
var secret_files_default = defineRule({
  id: "image/secret-files",
  severity: "error",
  summary: "A layer of the built image holds a private key, a .env file, credentials or a .git folder",
  securitySeverity: 8,
  options: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Glob patterns of image paths not to report (test fixtures, public keys shipped on purpose).",
      default: ["**/{test,tests,testdata,fixtures,__tests__}/**"]
    }
  },
  check(model, options, report) {
    const allowed = globMatcher(options.allow);
    const visible = model.layers.some((l) => l.files) ? analyseImage(model).visible : /* @__PURE__ */ new Map();
    const hits2 = [];
    const gitDirs = /* @__PURE__ */ new Set();
    model.layers.forEach((layer, li) => {
      for (const f of layer.files ?? []) {
        if (f.whiteout) continue;
        const kind = kindOf(f);
        if (kind) {
          if (!allowed(f.path)) hits2.push({ layer: li, path: f.path, kind });
          continue;
        }
        const git = gitDirOf(f.path);
        if (git && !gitDirs.has(`${li}:${git}`) && !allowed(git)) {
          gitDirs.add(`${li}:${git}`);
          hits2.push({
            layer: li,
            path: git,
            kind: "a .git folder (the whole history of the source, remotes and sometimes tokens)"
          });
        }
      }
    });
    for (const h of hits2.slice(0, MAX_FINDINGS)) {
      const v = visible.get(h.path);
      const gone = !v || v.layer !== h.layer;
      report({
        range: IMAGE_RANGE,
        message: `/${h.path} in ${layerLabel(model, h.layer)} looks like ${h.kind}${gone ? "; a later layer hides it, but it is still in this layer for anyone who pulls the image" : ""}. Anything in a layer can be extracted by whoever can pull the image: keep it out of the build context (.dockerignore), or use a build secret (RUN --mount=type=secret) and rotate this one.`,
        context: layerContext(h.layer)
      });
    }
    if (hits2.length > MAX_FINDINGS) {
      report({
        range: IMAGE_RANGE,
        message: `${hits2.length - MAX_FINDINGS} more files in the image look like secrets (only the first ${MAX_FINDINGS} are listed). Check the build context and .dockerignore.`
      });
    }
  }
});
function kindOf(f) {
  if (f.keyHeader) return `a private key (${f.keyHeader})`;
  if (f.type !== "file" && f.type !== "symlink") return null;
  return f.type === "file" ? secretFileKind(f.path) : null;
}

// src/rules/dockerfile/secrets-in-instructions.ts
var AUTH_HEADER = /^\s*(authorization|proxy-authorization|private-token|job-token|x-api-key|api-key|x-auth-token|x-access-token)\s*:\s*(?:(?:token|bearer|basic)\s+)?(\S{1,4096})\s*$/i;
function masked(value) {
  const v = value.trim();
  return v.length <= 8 ? "****" : `${v.slice(0, 4)}\u2026(${v.length} characters)`;
}
function wordProblem(word) {
  if (word.hasExpansion && /\$\{?[A-Za-z_]/.test(word.value)) {
    return null;
  }
  const header = AUTH_HEADER.exec(word.value);
  if (header && !isPlaceholderValue(header[2]) && header[2].length >= 8) {
    return `the ${header[1]} header holds a credential written out (${masked(header[2])})`;
  }
  const kind = secretValueKind(word.value);
  return kind ? `an argument looks like ${kind} (${masked(word.value)})` : null;
}
var secrets_in_instructions_default = defineRule({
  id: "dockerfile/secrets-in-instructions",
  aliases: [],
  severity: "error",
  summary: "A credential is written into a RUN command, a LABEL, or COPY/ADD copies a secret file",
  check(model, _options, report) {
    const stageOf = (inst) => model.stages[inst.stage]?.name;
    const context = (inst) => stageOf(inst) ? { stage: stageOf(inst) } : void 0;
    const tail = "It stays readable in the image history and in the build cache. Pass it at build time with `RUN --mount=type=secret,id=\u2026` (or `--secret` for docker build) instead.";
    for (const inst of model.instructions) {
      if (inst.keyword === "RUN" && inst.script) {
        for (const cmd of inst.script.commands) {
          const assignments = [
            ...cmd.assignments,
            ...cmd.name === "export" || cmd.name === "declare" ? cmd.words.slice(1) : []
          ];
          for (const a of assignments) {
            const eq = a.value.indexOf("=");
            if (eq <= 0 || a.hasExpansion) continue;
            const name = a.value.slice(0, eq);
            const value = a.value.slice(eq + 1);
            if (isPlaceholderValue(value) || value.length < 8) continue;
            const hit = secretLike(name, value);
            if (!hit) continue;
            report({
              range: model.rangeOf(a.start, a.end),
              message: `RUN sets ${name} to a credential written out (${masked(value)}): ${hit.reason}. ${tail}`,
              context: context(inst)
            });
          }
          if (cmd.name === "export" || cmd.name === "declare") continue;
          for (const w of cmd.words.slice(1)) {
            const problem3 = wordProblem(w);
            if (!problem3) continue;
            report({
              range: model.rangeOf(w.start, w.end),
              message: `In this RUN ${problem3}. ${tail}`,
              context: context(inst)
            });
          }
        }
      } else if (inst.keyword === "LABEL") {
        for (const p of inst.properties) {
          if (p.value === void 0 || p.value.includes("$")) continue;
          const kind = secretValueKind(p.value);
          const hit = kind ? { reason: `its value looks like ${kind}` } : secretLike(p.name, p.value);
          if (!hit || !kind && (isPlaceholderValue(p.value) || p.value.length < 8)) continue;
          report({
            range: p.valueRange ?? p.range,
            message: `LABEL ${p.name} holds a credential (${masked(p.value)}): ${hit.reason}. Labels are public metadata of the image; remove it.`,
            context: context(inst)
          });
        }
      } else if ((inst.keyword === "COPY" || inst.keyword === "ADD") && !flagOf(inst, "from")) {
        const paths = copyPaths(model, inst);
        for (const src of paths?.sources ?? []) {
          const kind = secretFileKind(src.value.replace(/\/+$/, ""));
          if (!kind) continue;
          report({
            range: src.range,
            message: `${inst.keyword} ${src.value} copies ${kind} into the image, where every layer keeps it even if a later step deletes it. Mount it for the step that needs it (\`RUN --mount=type=secret,id=\u2026\`) and list it in .dockerignore.`,
            context: context(inst)
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/shell-via-symlink.ts
var SH = /* @__PURE__ */ new Set(["/bin/sh", "/usr/bin/sh"]);
var shell_via_symlink_default = defineRule({
  id: "dockerfile/shell-via-symlink",
  aliases: ["DL4005"],
  severity: "warning",
  summary: "RUN replaces /bin/sh with a symlink instead of using SHELL",
  check(model, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, "ln")) {
        const operands = inv.words.slice(1).filter((w) => !w.value.startsWith("-"));
        const target = operands[operands.length - 1];
        if (operands.length < 2 || !SH.has(target.value)) continue;
        report({
          range: model.rangeOf(inv.words[0].start, target.end),
          message: 'Linking another shell over /bin/sh changes the shell of every program in the image, not just of RUN; use the SHELL instruction instead, e.g. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.'
        });
      }
    }
  }
});

// src/rules/dockerfile/shellcheck.ts
var LEVEL_RANK = { style: 0, info: 1, warning: 2, error: 3 };
var SEVERITY = {
  style: "info",
  info: "info",
  warning: "warning",
  error: "error"
};
var shellcheck_default = defineRule({
  id: "dockerfile/shellcheck",
  aliases: [],
  severity: "warning",
  summary: "ShellCheck finds a problem in a RUN script (reported as shellcheck/SCxxxx)",
  options: {
    exclude: {
      type: "array",
      items: { type: "string", pattern: "^(SC)?\\d{4}$" },
      description: 'ShellCheck codes not to report, e.g. ["SC2086"] (SC1090, SC1091 and SC2187 are never reported).',
      default: []
    },
    minimumLevel: {
      type: "string",
      enum: ["style", "info", "warning", "error"],
      description: "The lowest ShellCheck level reported.",
      default: "style"
    }
  },
  fixable: true,
  check(model, options, report) {
    const result = model.shellcheck;
    if (!result) return;
    if (result.status === "failed" && result.mode === "auto") {
      report({
        range: { line: 1, column: 1, endLine: 1, endColumn: 2 },
        message: `ShellCheck did not check this file's RUN scripts (${result.detail ?? "it failed"}), so shell problems may go unreported. Check that \`shellcheck --version\` works, or run with --shellcheck off.`
      });
      return;
    }
    const excluded = new Set(options.exclude.map((c) => c.toUpperCase().replace(/^(?!SC)/, "SC")));
    for (const c of result.comments) {
      const code = `SC${c.code}`;
      if (excluded.has(code) || LEVEL_RANK[c.level] < LEVEL_RANK[options.minimumLevel]) continue;
      report({
        ruleId: `shellcheck/${code}`,
        severity: SEVERITY[c.level],
        range: c.range,
        message: `${code} (${c.level}): ${c.message} See https://www.shellcheck.net/wiki/${code}.`,
        fix: c.fix ? { description: `Apply ShellCheck's fix for ${code}`, edits: c.fix } : void 0
      });
    }
  }
});

// src/rules/dockerfile/single-healthcheck.ts
var single_healthcheck_default = defineRule({
  id: "dockerfile/single-healthcheck",
  aliases: ["DL3012", "DS023", "AVD-DS-0023"],
  severity: "error",
  summary: "A stage has more than one HEALTHCHECK",
  check(model, _options, report) {
    for (const stage of model.stages) {
      const checks = stage.instructions.filter((i) => i.keyword === "HEALTHCHECK");
      if (checks.length < 2) continue;
      const last = checks[checks.length - 1];
      for (const inst of checks.slice(0, -1)) {
        report({
          range: inst.range,
          message: `This HEALTHCHECK has no effect: only the last one of a stage counts (line ${last.range.line}). Keep a single HEALTHCHECK per stage.`
        });
      }
    }
  }
});

// src/rules/dockerfile/stage-name-casing.ts
var stage_name_casing_default = defineRule({
  id: "dockerfile/stage-name-casing",
  aliases: ["StageNameCasing"],
  severity: "info",
  summary: "A stage name is not lower-case",
  fixable: true,
  check(model, _options, report) {
    for (const stage of model.stages) {
      const raw = stage.nameRaw;
      if (!raw || !stage.nameRange || raw === raw.toLowerCase()) continue;
      const lower = raw.toLowerCase();
      report({
        range: stage.nameRange,
        message: `Stage name '${raw}' should be lowercase: the builder lower-cases stage names anyway, and lower-case names tell stages apart from instruction keywords. Write \`AS ${lower}\`.`,
        fix: {
          description: `Rename the stage to ${lower}`,
          edits: [{ range: stage.nameRange, text: lower }]
        }
      });
    }
  }
});

// src/rules/dockerfile/stage-name-reserved.ts
var RESERVED2 = /* @__PURE__ */ new Set(["scratch", "context"]);
var stage_name_reserved_default = defineRule({
  id: "dockerfile/stage-name-reserved",
  aliases: ["DL3063", "ReservedStageName"],
  severity: "warning",
  summary: "A stage is named with a reserved word (scratch, context)",
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameRange || !RESERVED2.has(stage.name)) continue;
      report({
        range: stage.nameRange,
        message: `"${stage.nameRaw}" is a reserved word (\`scratch\` is the empty image, \`context\` the build context), so \`FROM\`/\`COPY --from\` with this name does not mean this stage; choose another stage name.`
      });
    }
  }
});

// src/rules/dockerfile/syntax.ts
var syntax_default = defineRule({
  id: "dockerfile/syntax",
  severity: "error",
  summary: "The Dockerfile has a syntax error the builder rejects",
  check(model, _options, report) {
    for (const e of model.errors) report({ range: e.range, message: e.message });
    if (model.instructions.length === 0) {
      const empty = model.text.trim() === "";
      report({
        range: { line: 1, column: 1, endLine: 1, endColumn: (model.lines[0]?.length ?? 0) + 1 },
        message: empty ? 'The Dockerfile is empty; the builder rejects it ("the Dockerfile cannot be empty"). Start it with FROM <image>.' : "The Dockerfile has no instructions, only comments; the builder has nothing to build. Add FROM <image>."
      });
    } else if (!model.stages.some((s) => !s.implicit)) {
      const first = model.instructions[0];
      report({
        range: first.keywordRange,
        message: "The Dockerfile has no FROM, so it contains no stage to build and the builder rejects it. Add FROM <image> after the global ARGs."
      });
    }
  }
});

// src/rules/dockerfile/tls-verification-disabled.ts
var ENV_SWITCHES = [
  {
    name: /^PYTHONHTTPSVERIFY$/,
    off: (v) => v === "0",
    what: "Python's HTTPS client stops verifying certificates",
    instead: "install the CA certificate (update-ca-certificates) or point SSL_CERT_FILE/REQUESTS_CA_BUNDLE at it"
  },
  {
    name: /^NODE_TLS_REJECT_UNAUTHORIZED$/,
    off: (v) => v === "0",
    what: "Node.js accepts any TLS certificate",
    instead: "give Node.js the CA with NODE_EXTRA_CA_CERTS=/path/ca.pem"
  },
  {
    name: /^npm_config_strict_ssl$/i,
    off: (v) => v.toLowerCase() === "false",
    what: "npm accepts any registry certificate",
    instead: "set npm_config_cafile (or NODE_EXTRA_CA_CERTS) to the CA instead"
  },
  {
    name: /^GIT_SSL_NO_VERIFY$/,
    off: (v) => v !== "",
    what: "git skips certificate checks (any value disables them)",
    instead: "install the CA certificate, or set GIT_SSL_CAINFO to it"
  },
  {
    name: /^PIP_TRUSTED_HOST$/,
    off: (v) => v !== "",
    what: "pip trusts these hosts without a valid certificate",
    instead: "give pip the CA with PIP_CERT=/path/ca.pem"
  },
  {
    name: /^GOINSECURE$/,
    off: (v) => v !== "",
    what: "the go command fetches these modules without certificate checks (and over plain HTTP)",
    instead: "install the CA certificate, or serve the modules over valid HTTPS"
  }
];
function envWordHit(model, w) {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(w.value);
  if (!m) return void 0;
  const sw = ENV_SWITCHES.find((s) => s.name.test(m[1]));
  if (!sw || !sw.off(unquote2(m[2]))) return void 0;
  return { range: rangeOfWords(model, w), what: `${m[1]}=${m[2]}: ${sw.what}`, instead: sw.instead };
}
var STRICT_SSL = /^(?:strict-ssl|enableStrictSsl)$/;
function commandHits(model, inv) {
  const out = [];
  const word = (w, what, instead) => {
    if (w) out.push({ range: rangeOfWords(model, w), what, instead });
  };
  const args = inv.words.slice(1);
  const vals = args.map((w) => w.value);
  const name = inv.name;
  if (name === "curl") {
    const w = optionWord(inv, ["-k", "--insecure", "--proxy-insecure"]);
    word(
      w,
      `curl ${w?.value} accepts any server certificate`,
      "install the CA certificate or pass it with --cacert"
    );
  } else if (name === "wget") {
    word(
      optionWord(inv, ["--no-check-certificate"]),
      "wget --no-check-certificate accepts any server certificate",
      "install the CA certificate or pass it with --ca-certificate"
    );
  } else if (name === "pip" || /^pip\d/.test(name)) {
    word(
      optionWord(inv, ["--trusted-host"]),
      `${name} --trusted-host accepts that host without a valid certificate`,
      "pass the CA with --cert /path/ca.pem"
    );
    const i = vals.findIndex((v) => /(?:^|\.)trusted-host$/.test(v));
    if (vals[0] === "config" && vals.includes("set") && i >= 0) {
      word(
        args[i],
        `${name} config sets trusted-host, so pip accepts that host without a valid certificate`,
        "configure cert= with the CA instead"
      );
    }
  } else if (name === "npm" || name === "yarn" || name === "pnpm") {
    const flag = args.find((w) => /^--strict-ssl=false$/i.test(w.value) || w.value === "--no-strict-ssl");
    word(
      flag,
      `${name} ${flag?.value} accepts any registry certificate`,
      "configure cafile with the CA instead"
    );
    const i = vals.findIndex((v) => STRICT_SSL.test(v.split("=")[0]));
    if (i >= 0 && (vals.includes("set") || vals.includes("config") || vals.includes("c"))) {
      const value = vals[i].includes("=") ? vals[i].split("=")[1] : vals[i + 1];
      if (value !== void 0 && unquote2(value).toLowerCase() === "false") {
        word(
          args[i],
          `${name} config sets ${vals[i].split("=")[0]} to false, so every later install accepts any certificate`,
          "configure cafile with the CA instead"
        );
      }
    }
  } else if (name === "git") {
    for (let i = 0; i < args.length; i++) {
      const v = vals[i];
      const key = (v.includes("=") ? v.slice(0, v.indexOf("=")) : v).toLowerCase();
      if (!/^http\.(?:.+\.)?sslverify$/.test(key)) continue;
      const value = v.includes("=") ? v.slice(v.indexOf("=") + 1) : vals[i + 1];
      if (value !== void 0 && /^(?:false|0|no|off)$/i.test(unquote2(value))) {
        word(
          args[i],
          `git ${v.includes("=") ? v : `${v} ${value}`} turns certificate checks off`,
          "install the CA certificate, or set http.sslCAInfo to it"
        );
      }
    }
  } else if (name === "yum-config-manager" || (name === "dnf" || name === "yum" || name === "microdnf") && args.length > 0) {
    for (const w of args) {
      const m = /^--setopt=["']?(?:[^=\s]+\.)?sslverify["']?=["']?(0|false|no)["']?$/i.exec(w.value);
      if (m)
        word(
          w,
          `${name} ${w.value} turns certificate checks off for the repositories`,
          "install the repository CA (sslcacert=) instead"
        );
    }
  } else if (name === "conda") {
    const i = vals.indexOf("ssl_verify");
    if (vals.includes("--set") && i >= 0 && /^(?:false|no|0)$/i.test(vals[i + 1] ?? "")) {
      word(
        args[i],
        "conda config --set ssl_verify false accepts any certificate",
        "set ssl_verify to the CA bundle path instead"
      );
    }
  } else if (name === "composer") {
    const i = vals.findIndex((v) => v === "disable-tls" || v === "secure-http");
    const value = vals[i + 1];
    if (vals[0] === "config" && i >= 0 && (vals[i] === "disable-tls" && value === "true" || vals[i] === "secure-http" && value === "false")) {
      word(
        args[i],
        `composer config ${vals[i]} ${value} lets composer download without TLS verification`,
        "keep TLS on and configure cafile"
      );
    }
  } else if (name === "go" && (vals[0] === "get" || vals[0] === "install")) {
    word(
      optionWord(inv, ["-insecure"]),
      "go get -insecure fetches without certificate checks",
      "install the CA certificate instead"
    );
  }
  return out;
}
function runHits(model, inst) {
  const out = [];
  if (!inst.script) return out;
  for (const cmd of inst.script.commands) {
    for (const a of cmd.assignments) {
      const h = envWordHit(model, a);
      if (h) out.push(h);
    }
    if (cmd.name === "export" || cmd.name === "env") {
      for (const w of cmd.words.slice(1)) {
        const h = envWordHit(model, w);
        if (h) out.push(h);
      }
    }
  }
  for (const inv of findCommands(inst)) out.push(...commandHits(model, inv));
  return out;
}
var tls_verification_disabled_default = defineRule({
  id: "dockerfile/tls-verification-disabled",
  aliases: [
    "CKV2_DOCKER_2",
    "CKV2_DOCKER_3",
    "CKV2_DOCKER_4",
    "CKV2_DOCKER_5",
    "CKV2_DOCKER_6",
    "CKV2_DOCKER_12",
    "CKV2_DOCKER_13",
    "CKV2_DOCKER_14",
    "CKV2_DOCKER_15",
    "CKV2_DOCKER_16",
    "CKV2_DOCKER_18"
  ],
  severity: "error",
  summary: "A download or package tool is told to skip TLS certificate verification",
  securitySeverity: 7.5,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        const hits2 = [];
        if (inst.keyword === "ENV" || inst.keyword === "ARG") {
          for (const p of inst.properties) {
            const sw = ENV_SWITCHES.find((s) => s.name.test(p.name));
            if (!sw || p.value === void 0 || !sw.off(p.value)) continue;
            hits2.push({
              range: p.range,
              what: `${inst.keyword} ${p.name}=${p.value}: ${sw.what}`,
              instead: sw.instead
            });
          }
        } else if (inst.keyword === "RUN") hits2.push(...runHits(model, inst));
        for (const h of hits2) {
          report({
            range: h.range,
            message: `${h.what}. Without certificate checks anyone on the network path (proxy, mirror, DNS) can swap what the build downloads for their own code. Remove it and ${h.instead}.`
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/trusted-registries.ts
function patternsOf(options) {
  return Array.isArray(options.registries) ? options.registries.filter((p) => typeof p === "string") : [];
}
function untrustedReason(image, patterns) {
  return `comes from ${describe2(image)}, which is not a trusted registry (${patterns.join(", ")}): images from elsewhere have not been vetted or mirrored by your organisation. Use an image from a trusted registry, or add the registry to the rule's \`registries\` option.`;
}
var HUB_ALIASES = /* @__PURE__ */ new Set([
  "docker.io",
  "index.docker.io",
  "registry-1.docker.io",
  "hub.docker.com",
  "registry.hub.docker.com"
]);
function normalisePattern(pattern) {
  const p = pattern.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/+$/, "");
  const slash = p.indexOf("/");
  const host = slash < 0 ? p : p.slice(0, slash);
  return HUB_ALIASES.has(host) ? DOCKER_HUB + (slash < 0 ? "" : p.slice(slash)) : p;
}
function trusted(image, patterns) {
  const registry = image.registry.toLowerCase();
  const repo = image.repository.toLowerCase();
  const full = [`${registry}/${repo}`];
  if (registry === DOCKER_HUB && !repo.includes("/")) full.push(`${registry}/library/${repo}`);
  return patterns.some((raw) => {
    const p = normalisePattern(raw);
    if (!p) return false;
    if (p === "*") return true;
    if (!p.includes("/")) return globMatch(p, registry);
    return full.some((f) => globMatch(p, f) || globMatch(`${p}/*`, f));
  });
}
function describe2(image) {
  return image.registry === DOCKER_HUB ? "Docker Hub (docker.io)" : image.registry;
}
var trusted_registries_default = defineRule({
  id: "dockerfile/trusted-registries",
  aliases: ["DL3026"],
  severity: "error",
  summary: "An image comes from a registry that is not trusted",
  securitySeverity: 6.5,
  options: {
    registries: {
      type: "array",
      items: { type: "string" },
      description: "Trusted registries: a host (`ghcr.io`), `*`, `*.suffix`, `prefix*`, or host/path (`ghcr.io/acme/*`). Unqualified image names are Docker Hub (`docker.io`). The rule is silent while the list is empty.",
      default: []
    }
  },
  check(model, options, report) {
    const patterns = patternsOf(options);
    if (patterns.length === 0) return;
    const check = (image, range, what, inst) => {
      if (image.scratch || !image.text.trim() || isTransportRef(image.text) || trusted(image, patterns))
        return;
      const stage = model.stages[inst.stage];
      report({
        range,
        message: `${what}${image.text} ${untrustedReason(image, patterns)}`,
        context: stage?.name ? { stage: stage.name } : void 0
      });
    };
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const base = externalBase(stage);
      if (base) check(base, imageArgRange(stage), "FROM ", stage.from);
    }
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword === "COPY" || inst.keyword === "ADD") {
          const from = flagOf(inst, "from");
          if (from?.value) {
            const src = resolveSource(model, inst, from.value);
            if (src.kind === "image")
              check(src.image, from.valueRange ?? from.range, `${inst.keyword} --from=`, inst);
          }
        } else if (inst.keyword === "RUN") {
          for (const mount of mountsOf(inst)) {
            const opt = mount.byKey.get("from");
            if (!opt?.value) continue;
            const src = resolveSource(model, inst, opt.value);
            if (src.kind === "image") check(src.image, opt.valueRange, "RUN --mount=from=", inst);
          }
        }
      }
    }
  },
  checkRuntime(spec, options, report) {
    const patterns = patternsOf(options);
    const run = runImage(spec);
    if (patterns.length === 0 || !run || trusted(run.ref, patterns)) return;
    report({ range: run.range, message: `${run.subject}, which ${untrustedReason(run.ref, patterns)}` });
  }
});

// src/rules/dockerfile/undefined-arg-in-from.ts
function refRange(arg, start, end) {
  const r = arg.range;
  if (r.line !== r.endLine || r.endColumn - r.column !== arg.value.length) return r;
  return { line: r.line, column: r.column + start, endLine: r.line, endColumn: r.column + end };
}
var undefined_arg_in_from_default = defineRule({
  id: "dockerfile/undefined-arg-in-from",
  aliases: ["UndefinedArgInFrom", "UndeclaredArgInFrom"],
  severity: "warning",
  summary: "FROM uses a variable that no ARG before the first FROM declares",
  check(model, _options, report) {
    const declared = new Set(Object.keys(PLATFORM_ARG_DEFAULTS));
    const budget = new SuggestionBudget();
    for (const inst of model.globalArgs) for (const p of inst.properties) declared.add(p.name);
    for (const stage of model.stages) {
      if (stage.implicit) continue;
      const from = stage.from;
      const places = [];
      if (from.args[0]) places.push(from.args[0]);
      for (const f of from.flags) {
        if (f.name.toLowerCase() === "platform" && f.value !== null && f.valueRange)
          places.push({ value: f.value, range: f.valueRange });
      }
      const seen = /* @__PURE__ */ new Set();
      for (const place of places) {
        for (const ref of scanVarRefs(place.value, model.escapeChar)) {
          if (declared.has(ref.name) || seen.has(ref.name)) continue;
          seen.add(ref.name);
          const hint = suggestNameWithin(ref.name, declared, budget);
          report({
            range: refRange(place, ref.start, ref.end),
            message: `FROM argument '${ref.name}' is not declared${didYouMean(hint)}: only ARGs declared before the first FROM (and the automatic platform ARGs) can be used in FROM, so it expands to an empty string. ` + (hint ? `Write $${hint}, or declare` : "Declare") + ` it with ARG ${ref.name}=<default> at the top of the file.`
          });
        }
      }
    }
  }
});

// src/rules/base-image-env.ts
var JAVA = ["JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL"];
var PHP = [
  "PHPIZE_DEPS",
  "PHP_INI_DIR",
  "APACHE_CONFDIR",
  "APACHE_ENVVARS",
  "PHP_CFLAGS",
  "PHP_CPPFLAGS",
  "PHP_LDFLAGS",
  "GPG_KEYS",
  "PHP_VERSION",
  "PHP_URL",
  "PHP_ASC_URL",
  "PHP_SHA256"
];
var DOTNET = [
  "APP_UID",
  "ASPNETCORE_HTTP_PORTS",
  "ASPNETCORE_URLS",
  "DOTNET_RUNNING_IN_CONTAINER",
  "DOTNET_VERSION",
  "ASPNET_VERSION",
  "DOTNET_SDK_VERSION",
  "DOTNET_GENERATE_ASPNET_CERTIFICATE",
  "DOTNET_NOLOGO",
  "DOTNET_USE_POLLING_FILE_WATCHER",
  "NUGET_XMLDOC_MODE",
  "POWERSHELL_DISTRIBUTION_CHANNEL"
];
var BASE_IMAGE_ENV = {
  scratch: [],
  alpine: [],
  busybox: [],
  debian: [],
  ubuntu: [],
  centos: [],
  rockylinux: [],
  almalinux: [],
  amazonlinux: [],
  oraclelinux: [],
  archlinux: ["LANG"],
  fedora: ["DISTTAG", "FGC", "FBR"],
  "opensuse/leap": ["LANG"],
  "opensuse/tumbleweed": ["LANG"],
  "buildpack-deps": [],
  "registry.access.redhat.com/ubi8/ubi": ["container"],
  "registry.access.redhat.com/ubi9/ubi": ["container"],
  "registry.access.redhat.com/ubi8/ubi-minimal": ["container"],
  "registry.access.redhat.com/ubi9/ubi-minimal": ["container"],
  "gcr.io/distroless/static": ["SSL_CERT_FILE"],
  "gcr.io/distroless/static-debian12": ["SSL_CERT_FILE"],
  "gcr.io/distroless/base": ["SSL_CERT_FILE"],
  "gcr.io/distroless/base-debian12": ["SSL_CERT_FILE"],
  "gcr.io/distroless/cc": ["SSL_CERT_FILE"],
  "gcr.io/distroless/cc-debian12": ["SSL_CERT_FILE"],
  python: [
    "LANG",
    "GPG_KEY",
    "PYTHON_VERSION",
    "PYTHON_SHA256",
    "PYTHON_PIP_VERSION",
    "PYTHON_SETUPTOOLS_VERSION",
    "PYTHON_GET_PIP_URL",
    "PYTHON_GET_PIP_SHA256"
  ],
  pypy: ["LANG", "PYPY_VERSION"],
  node: ["NODE_VERSION", "YARN_VERSION"],
  golang: ["GOLANG_VERSION", "GOPATH", "GOTOOLCHAIN"],
  rust: ["RUSTUP_HOME", "CARGO_HOME", "RUST_VERSION"],
  openjdk: JAVA,
  "eclipse-temurin": JAVA,
  amazoncorretto: ["LANG", "JAVA_HOME"],
  "ibm-semeru-runtimes": JAVA,
  maven: [...JAVA, "MAVEN_HOME", "MAVEN_CONFIG"],
  gradle: [...JAVA, "GRADLE_HOME", "GRADLE_VERSION"],
  tomcat: [
    ...JAVA,
    "CATALINA_HOME",
    "TOMCAT_NATIVE_LIBDIR",
    "LD_LIBRARY_PATH",
    "GPG_KEYS",
    "TOMCAT_MAJOR",
    "TOMCAT_VERSION",
    "TOMCAT_SHA512"
  ],
  ruby: [
    "LANG",
    "RUBY_MAJOR",
    "RUBY_VERSION",
    "RUBY_DOWNLOAD_URL",
    "RUBY_DOWNLOAD_SHA256",
    "GEM_HOME",
    "BUNDLE_SILENCE_ROOT_WARNING",
    "BUNDLE_APP_CONFIG"
  ],
  php: PHP,
  composer: [...PHP, "COMPOSER_ALLOW_SUPERUSER", "COMPOSER_HOME", "COMPOSER_VERSION"],
  nginx: ["NGINX_VERSION", "NJS_VERSION", "NJS_RELEASE", "PKG_RELEASE", "DYNPKG_RELEASE"],
  httpd: ["HTTPD_PREFIX", "HTTPD_VERSION", "HTTPD_SHA256", "HTTPD_PATCHES"],
  haproxy: ["HAPROXY_VERSION", "HAPROXY_URL", "HAPROXY_SHA256"],
  caddy: ["CADDY_VERSION", "XDG_CONFIG_HOME", "XDG_DATA_HOME"],
  postgres: ["GOSU_VERSION", "LANG", "PG_MAJOR", "PG_VERSION", "PGDATA"],
  mysql: ["GOSU_VERSION", "MYSQL_MAJOR", "MYSQL_VERSION", "MYSQL_SHELL_VERSION"],
  mariadb: ["GOSU_VERSION", "LANG", "MARIADB_VERSION"],
  redis: ["REDIS_VERSION", "REDIS_DOWNLOAD_URL", "REDIS_DOWNLOAD_SHA"],
  mongo: [
    "GOSU_VERSION",
    "JSYAML_VERSION",
    "MONGO_PACKAGE",
    "MONGO_REPO",
    "MONGO_MAJOR",
    "MONGO_VERSION",
    "HOME"
  ],
  elixir: ["ELIXIR_VERSION", "LANG", "OTP_VERSION", "REBAR3_VERSION"],
  erlang: ["OTP_VERSION", "REBAR3_VERSION"],
  julia: ["JULIA_PATH", "JULIA_GPG", "JULIA_VERSION", "LANG"],
  docker: ["DOCKER_VERSION", "DOCKER_BUILDX_VERSION", "DOCKER_COMPOSE_VERSION", "DOCKER_TLS_CERTDIR"],
  "mcr.microsoft.com/dotnet/sdk": DOTNET,
  "mcr.microsoft.com/dotnet/aspnet": DOTNET,
  "mcr.microsoft.com/dotnet/runtime": DOTNET,
  "mcr.microsoft.com/dotnet/runtime-deps": DOTNET,
  "oven/bun": ["BUN_RUNTIME_TRANSPILER_CACHE_PATH", "BUN_INSTALL_BIN"]
};
var ALWAYS_DEFINED = ["PATH"];
function baseImageEnv(ref, extra = {}) {
  if (ref.scratch) return [];
  const name = ref.name.toLowerCase();
  const own = extra[name] ?? extra[ref.name];
  const known = BASE_IMAGE_ENV[name];
  if (own === void 0 && known === void 0) return void 0;
  return [...known ?? [], ...own ?? []];
}

// src/rules/dockerfile/undefined-var.ts
var NON_ENV_ARGS = /* @__PURE__ */ new Set(["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"]);
var COMMON_IMAGE_ENV = /* @__PURE__ */ new Set([
  "HOME",
  "USER",
  "HOSTNAME",
  "LANG",
  "LC_ALL",
  "TZ",
  "SHELL",
  "LD_LIBRARY_PATH",
  "JAVA_HOME",
  "GOPATH",
  "CARGO_HOME",
  "NODE_PATH",
  "PYTHONPATH"
]);
function nameFromVariable(ref) {
  return ref.raw !== ref.text && parseImageRef(ref.raw).name.includes("$");
}
function handlesUnset(text, start, name) {
  if (text[start + 1] !== "{") return false;
  let i = start + 2 + name.length;
  if (text[i] === ":") i++;
  return text[i] === "-" || text[i] === "+";
}
var EXPANDED = /* @__PURE__ */ new Set(["ADD", "COPY", "ENV", "LABEL", "USER", "VOLUME", "WORKDIR", "STOPSIGNAL"]);
function pieces(model, inst) {
  const out = [];
  if (inst.keyword === "COPY" || inst.keyword === "ADD") {
    for (const f of inst.flags) {
      const n = f.name.toLowerCase();
      if ((n === "chown" || n === "chmod") && f.value !== null && f.valueRange) {
        out.push({ text: f.value, offset: offsetAt(model, f.valueRange.line, f.valueRange.column) });
      }
    }
  }
  out.push({ text: argsTextBeforeHeredocs(model, inst), offset: inst.argsOffset });
  return out;
}
var undefined_var_default = defineRule({
  id: "dockerfile/undefined-var",
  aliases: ["UndefinedVar", "UndefinedArg"],
  severity: "warning",
  summary: "An instruction uses a variable that is not defined at that point",
  options: {
    baseImageEnv: {
      type: "object",
      description: 'ENV names your own base images define, by image name (`registry/repo` without tag), e.g. `{"ghcr.io/acme/base": ["APP_HOME"]}`. Official images such as python, node and golang are known.',
      additionalProperties: { type: "array", items: { type: "string" } },
      default: {}
    },
    unknownBaseImages: {
      type: "string",
      enum: ["lenient", "strict"],
      description: "For stages built on an image whose ENV is not known: `lenient` assumes it may define any UPPER_CASE variable (and still reports likely typos of known names), `strict` reports every name not defined in the file.",
      default: "lenient"
    }
  },
  check(model, options, report) {
    const stageNames = [];
    for (const stage of model.stages) {
      const parent = stage.parent !== void 0 && stage.parent < stage.index ? stage.parent : void 0;
      if (parent === void 0) {
        const root = rootBase(model, stage);
        const base = nameFromVariable(root) ? void 0 : baseImageEnv(root, options.baseImageEnv);
        stageNames[stage.index] = {
          names: /* @__PURE__ */ new Set([...ALWAYS_DEFINED, ...base ?? []]),
          knownBase: base !== void 0
        };
        continue;
      }
      const names = new Set(stageNames[parent].names);
      for (const i of model.stages[parent].instructions) {
        if (i.keyword === "ARG" || i.keyword === "ENV") for (const p of i.properties) names.add(p.name);
      }
      stageNames[stage.index] = { names, knownBase: stageNames[parent].knownBase };
    }
    const namesOfStage = (stage) => stageNames[stage.index];
    const budget = new SuggestionBudget();
    for (const inst of model.instructions) {
      const stage = model.stages[inst.stage];
      if (!stage || !EXPANDED.has(inst.keyword) && inst.keyword !== "ARG") continue;
      const { names: inherited, knownBase } = namesOfStage(stage);
      const declaredHere = /* @__PURE__ */ new Set();
      const isKnown = (name) => inherited.has(name) || inst.scope.has(name) || declaredHere.has(name);
      function* known() {
        yield* inherited;
        yield* inst.scope.keys();
        yield* declaredHere;
      }
      const check = (piece) => {
        const seen = /* @__PURE__ */ new Set();
        const guards = [];
        for (const ref of scanVarRefs(piece.text, model.escapeChar, true)) {
          if (isKnown(ref.name) || NON_ENV_ARGS.has(ref.name) || seen.has(ref.name)) continue;
          if (guards.some((g) => g.name === ref.name && ref.start < g.end)) continue;
          if (handlesUnset(piece.text, ref.start, ref.name)) {
            guards.push({ name: ref.name, end: ref.end });
            continue;
          }
          seen.add(ref.name);
          const lenient = !knownBase && options.unknownBaseImages !== "strict";
          if (lenient && COMMON_IMAGE_ENV.has(ref.name)) continue;
          const hint = suggestNameWithin(ref.name, known(), budget);
          if (lenient && !hint && /^[A-Z][A-Z0-9_]*$/.test(ref.name)) continue;
          const range = model.rangeOf(piece.offset + ref.start, piece.offset + ref.end);
          report({
            range,
            message: `Usage of undefined variable '$${ref.name}'${didYouMean(hint, "$")}: nothing declares it before this ${inst.keyword}, so it expands to an empty string. ` + (hint ? `Write $${hint}, or declare` : "Declare") + ` it first with ARG ${ref.name} (or ENV ${ref.name}=\u2026).`
          });
        }
      };
      if (inst.keyword === "ARG") {
        for (const p of inst.properties) {
          if (p.value !== void 0 && p.valueRange) {
            const start = offsetAt(model, p.valueRange.line, p.valueRange.column);
            const end = offsetAt(model, p.valueRange.endLine, p.valueRange.endColumn);
            check({ text: model.text.slice(start, end), offset: start });
          }
          declaredHere.add(p.name);
        }
        continue;
      }
      for (const piece of pieces(model, inst)) check(piece);
    }
  }
});

// src/rules/dockerfile/update-without-install.ts
var INDEX_DIRS = {
  deb: /^\/var\/(?:lib|cache)\/apt(?:\/|$)/,
  apk: /^\/(?:var\/cache\/apk|etc\/apk\/cache)(?:\/|$)/,
  rpm: /^\/var\/cache\/(?:dnf|yum|libdnf5)(?:\/|$)/,
  zypper: /^\/var\/cache\/zypp(?:\/|$)/,
  pacman: /^\/var\/(?:lib|cache)\/pacman(?:\/|$)/
};
function opaque(inv) {
  const n = inv.name;
  if (/\.sh$/.test(n) || inv.words[0].value.startsWith("./")) return true;
  if (["sh", "bash", "dash", "ash", "zsh", "source", ".", "make", "eval"].includes(n)) return true;
  const installer = n !== "install" && /install/i.test(n) || /(?:^|[-_])pkgs?$|^pkg[-_]?(?:add|install)$/.test(n);
  return installer && !packageManagerOf(inv);
}
function usesIndex(inv, family) {
  if (packageManagerOf(inv)?.family !== family) return false;
  const actions = actionsOf(inv);
  return actions.has("install") || actions.has("upgrade") || actions.has("download");
}
function joinFix(model, inst, family) {
  const stage = model.stages[inst.stage];
  const next = stage?.instructions[stage.instructions.indexOf(inst) + 1];
  if (!next || next.keyword !== "RUN") return void 0;
  for (const i of [inst, next]) {
    if (i.form !== "shell" || i.heredocs.length > 0 || i.flags.length > 0 || !i.script || !i.argsRange)
      return void 0;
  }
  const all = inst.script.commands.filter((c) => c.words.length > 0);
  if (!all.every((c) => actionsOf(c).has("update-index") && c.depth === 0)) return void 0;
  const firstNext = findCommands(next)[0];
  if (!firstNext || !usesIndex(firstNext, family)) return void 0;
  const text = inst.argsText.replace(/\s+$/, "");
  if (text.includes("#") || /(?:&&|\|\||[|;&\\`])$/.test(text)) return void 0;
  const end = inst.argsOffset + text.length;
  if (!/^\s*RUN\s+$/i.test(model.text.slice(end, next.argsOffset))) return void 0;
  return {
    description: "Run the index update and the install in one RUN",
    edits: [
      {
        range: model.rangeOf(end, next.argsOffset),
        text: text.includes("\n") ? ` ${model.escapeChar}
    && ` : " && "
      }
    ]
  };
}
var update_without_install_default = defineRule({
  id: "dockerfile/update-without-install",
  aliases: ["DS017", "AVD-DS-0017", "CKV_DOCKER_5"],
  severity: "warning",
  summary: "A RUN updates the package index but installs nothing",
  fixable: true,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "RUN" || !inst.script) continue;
        const invs = findCommands(inst);
        if (invs.some(opaque)) continue;
        const cacheTargets = mountsOf(inst).filter((m) => m.type === "cache" && m.target).map((m) => m.target);
        const reported = /* @__PURE__ */ new Set();
        for (const inv of invs) {
          const pm = packageManagerOf(inv);
          if (!pm || !actionsOf(inv).has("update-index")) continue;
          const family = pm.family;
          if (reported.has(family) || invs.some((other) => usesIndex(other, family))) continue;
          const dir = INDEX_DIRS[family];
          if (dir && cacheTargets.some((t) => dir.test(t))) continue;
          reported.add(family);
          const fix = inst === top ? joinFix(model, inst, family) : void 0;
          const stage = model.stages[inst.stage];
          const shown = inv.words.map((w) => w.value).join(" ");
          report({
            range: rangeOfInvocation(model, inv),
            message: `\`${shown}\` runs in a RUN that installs nothing: the index is cached with this layer and goes stale, so a later install in another RUN gets outdated versions or 404 errors when only that RUN is rebuilt. Update and install in the same RUN (${example(pm.family)}).`,
            ...fix ? { fix } : {},
            context: stage?.name ? { stage: stage.name } : void 0
          });
        }
      }
    }
  }
});
function example(family) {
  switch (family) {
    case "deb":
      return "apt-get update && apt-get install -y \u2026";
    case "apk":
      return "apk add --no-cache \u2026, which needs no separate update";
    case "rpm":
      return "dnf install -y \u2026 refreshes the metadata itself";
    case "zypper":
      return "zypper refresh && zypper install -y \u2026";
    case "pacman":
      return "pacman -Syu --noconfirm \u2026";
    default:
      return "update && install";
  }
}

// src/rules/dockerfile/use-add-for-archives.ts
var TAR_VALUED = /* @__PURE__ */ new Set([
  "-f",
  "-C",
  "-T",
  "-X",
  "-b",
  "-H",
  "-I",
  "--file",
  "--directory",
  "--files-from",
  "--exclude-from"
]);
function extracted(inst) {
  const out = /* @__PURE__ */ new Set();
  for (const inv of invocations(inst)) {
    if (inv.name !== "tar") continue;
    const words = [...inv.args];
    if (words[0] && /^[A-Za-z]+$/.test(words[0].value) && words[0].value.includes("x") && words[0].value.includes("f")) {
      const file = words[1]?.value;
      if (file) out.add(basename(file));
      continue;
    }
    const cli = parseCli(words, { valued: TAR_VALUED });
    const extract = cli.options.some((o) => o.name === "-x" || o.name === "--extract" || o.name === "--get");
    if (!extract) continue;
    for (const o of cli.options)
      if ((o.name === "-f" || o.name === "--file") && o.value) out.add(basename(o.value));
  }
  return out;
}
var use_add_for_archives_default = defineRule({
  id: "dockerfile/use-add-for-archives",
  aliases: ["DL3010"],
  severity: "info",
  summary: "A tar archive is COPYed and then extracted in RUN",
  check(model, _options, report) {
    for (const stage of model.stages) {
      const insts = stage.instructions;
      for (let i = 0; i < insts.length; i++) {
        const copy = insts[i];
        if (copy.keyword !== "COPY" || flagOf(copy, "from")) continue;
        const parts = copyParts(model, copy);
        const dest = parts.dest ? unquote2(parts.dest.value) : "";
        const archives = /* @__PURE__ */ new Map();
        for (const src of parts.sources) {
          const value = expandVars(unquote2(src.value), copy.scope, model.escapeChar).value;
          if (TAR_ARCHIVE.test(value)) archives.set(basename(value), src);
        }
        if (archives.size === 1 && dest && !/[/\\]$/.test(dest) && TAR_ARCHIVE.test(dest)) {
          const [src] = archives.values();
          archives.clear();
          archives.set(basename(dest), src);
        }
        if (archives.size === 0) continue;
        for (const run of insts.slice(i + 1)) {
          if (run.keyword !== "RUN") continue;
          const names = extracted(run);
          for (const [name, src] of archives) {
            if (!names.has(name)) continue;
            archives.delete(name);
            report({
              range: src.range,
              message: `${name} is copied and then unpacked with tar (line ${run.range.line}), which keeps the archive in a layer. \`ADD ${name} <dir>/\` extracts a local tar archive in one step.`
            });
          }
        }
      }
    }
  }
});

// src/rules/dockerfile/use-workdir.ts
var use_workdir_default = defineRule({
  id: "dockerfile/use-workdir",
  aliases: ["DL3003", "DS013", "AVD-DS-0013"],
  severity: "warning",
  summary: "RUN changes directory with cd instead of WORKDIR",
  check(model, _options, report) {
    for (const inv of runInvocations(model)) {
      if (inv.name !== "cd" || inv.wrappers.length > 0) continue;
      if (inSubshell(model, inv)) continue;
      const dir = inv.args[0]?.value;
      report({
        range: invocationRange(model, inv),
        message: `\`cd${dir ? ` ${dir}` : ""}\` in RUN hides the directory the following commands run in and lasts only for this RUN. Use WORKDIR${dir && dir.startsWith("/") ? ` ${dir}` : ""}, pass the directory to the tool (\`make -C dir\`, \`git -C dir\`), or scope it in a subshell: \`(cd dir && make)\`.`
      });
    }
  }
});

// src/rules/dockerfile/user-numeric.ts
var user_numeric_default = defineRule({
  id: "dockerfile/user-numeric",
  aliases: ["DL3066"],
  severity: "info",
  hadolintOptions: { everyUser: true },
  summary: "The image\u2019s final USER is a name, not a numeric UID",
  options: {
    everyUser: {
      type: "boolean",
      description: "Report every USER of every stage whose user is not numeric (root included), as hadolint does, instead of only the USER the final image keeps.",
      default: false
    }
  },
  check(model, options, report) {
    const last = finalStage(model);
    if (!last) return;
    const users = [];
    if (options.everyUser) {
      for (const top of model.instructions)
        for (const i of top.trigger ? [top, top.trigger] : [top]) if (i.keyword === "USER") users.push(i);
    } else {
      const user = lastInChain(model, last, "USER");
      if (user) users.push(user);
    }
    for (const user of users) {
      if (user.args.length === 0 || !user.argsRange) continue;
      const raw = user.args.map((a) => a.value).join(" ");
      const expanded = expandVars(raw, user.scope, model.escapeChar);
      if (expanded.unresolved.length > 0) continue;
      const name = expanded.value.split(":")[0].trim();
      if (!name || /^\d+$/.test(name)) continue;
      if (name === "root" && !options.everyUser) continue;
      report({
        range: user.argsRange,
        message: `\`USER ${raw}\` names the user, so the runtime (Kubernetes \`runAsNonRoot\`, a host mapping user ids) cannot tell from the image config that it is not root; write its numeric UID, e.g. \`USER 10001\` (\`USER <uid>:<gid>\`), keeping the account in /etc/passwd.`
      });
    }
  }
});

// src/rules/dockerfile/useradd-no-log-init.ts
var LASTLOG_RECORD = 292;
var useradd_no_log_init_default = defineRule({
  id: "dockerfile/useradd-no-log-init",
  aliases: ["DL3046"],
  severity: "warning",
  summary: "useradd with a high or variable UID without -l",
  fixable: true,
  options: {
    maxDigits: {
      type: "integer",
      description: "UIDs with more digits than this are reported (hadolint: 5, i.e. UIDs from 100000).",
      default: 5,
      minimum: 1
    }
  },
  check(model, options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, "useradd")) {
        if (hasOption(inv, "-l", "--no-log-init")) continue;
        const uid = optionValue(inv, "-u", "--uid");
        if (!uid) continue;
        let why;
        if (uid.word.hasExpansion) {
          const { value, unresolved } = resolveWord(model, inst, uid.word);
          const fromArg = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(uid.value);
          const binding = fromArg ? inst.scope.get(fromArg[1]) : void 0;
          if (unresolved.length === 0 && binding) {
            if (!/^\d+$/.test(value) || value.length <= options.maxDigits) continue;
            why = `UID ${value}`;
          } else {
            why = `a UID from a variable (${uid.value})`;
          }
        } else {
          const v = uid.value.replace(/^-u/, "");
          if (!/^\d+$/.test(v) || v.length <= options.maxDigits) continue;
          const mb = Math.round(Number(v) * LASTLOG_RECORD / 1e6);
          why = `UID ${v} (a lastlog of about ${mb.toLocaleString("en-US")} MB)`;
        }
        report({
          range: model.rangeOf(inv.words[0].start, uid.word.end),
          message: `\`useradd\` with ${why} and without \`-l\` writes sparse /var/log/lastlog and faillog files whose size grows with the UID, and image layers store them in full; add \`-l\` (\`--no-log-init\`).`,
          fix: insertAfterWord(model, inv.words[0], " -l", "Add -l to useradd")
        });
      }
    }
  }
});

// src/rules/dockerfile/volatile-arg-early.ts
var DEFAULT_VOLATILE_NAMES = [
  "*BUILD_DATE*",
  "*BUILDDATE*",
  "*BUILD_TIME*",
  "*BUILDTIME*",
  "*TIMESTAMP*",
  "*COMMIT*",
  "*GIT_SHA",
  "*GIT_HASH",
  "*GIT_REF*",
  "*GIT_TAG*",
  "*GIT_BRANCH*",
  "*GIT_DESCRIBE*",
  "*REVISION*",
  "VCS_REF",
  "*_VCS_REF",
  "GITHUB_SHA",
  "GITHUB_REF*",
  "CI_*",
  "*BUILD_NUMBER*",
  "*BUILD_ID*",
  "*RUN_NUMBER*",
  "*RUN_ID*",
  "*PIPELINE_ID*",
  "VERSION",
  "APP_VERSION",
  "BUILD_VERSION",
  "RELEASE_VERSION",
  "IMAGE_VERSION",
  "IMAGE_TAG",
  "RELEASE",
  "*SEMVER*"
];
var UNPINNED_DEFAULT = /^(?:|unknown|unset|undefined|none|null|n\/?a|-|dev|devel|development|local|snapshot|latest|head|main|master|nightly|edge|dirty|manual|unreleased|v?0(?:\.0)*(?:[-+].*)?)$/i;
function volatileValue(value) {
  return value === void 0 || value.includes("$") || UNPINNED_DEFAULT.test(value.trim());
}
function uses(inst, name, escapeChar) {
  const texts = [inst.argsText, ...inst.flags.map((f) => f.value ?? ""), ...inst.heredocs.map((h) => h.body)];
  return texts.some((t) => t.includes(name) && referencedVars(t, escapeChar).some((r) => r.name === name));
}
var volatile_arg_early_default = defineRule({
  id: "dockerfile/volatile-arg-early",
  severity: "warning",
  summary: "A build argument that changes every build is declared before expensive steps",
  options: {
    names: {
      type: "array",
      items: { type: "string" },
      description: "Patterns (case-insensitive, `*` matches any text) of ARG names whose value changes on every build: build date, commit, CI run number, application version\u2026",
      default: DEFAULT_VOLATILE_NAMES
    }
  },
  check(model, options, report) {
    const patterns = (Array.isArray(options.names) ? options.names : []).filter((p) => typeof p === "string" && p.trim()).map((p) => p.trim().toUpperCase());
    if (patterns.length === 0) return;
    for (const stage of model.stages) {
      const list = stage.instructions;
      for (let i = 0; i < list.length; i++) {
        const arg = list[i];
        if (arg.keyword !== "ARG") continue;
        for (const p of arg.properties) {
          if (!patterns.some((pat) => globMatch(pat, p.name.toUpperCase()))) continue;
          if (!volatileValue(p.value)) continue;
          const wasted = [];
          let firstUse;
          for (const next of list.slice(i + 1)) {
            if (uses(next, p.name, model.escapeChar)) {
              firstUse = next;
              break;
            }
            if (next.keyword === "ARG" && next.properties.some((q) => q.name === p.name)) break;
            if (next.keyword === "RUN") wasted.push(next);
          }
          if (wasted.length === 0) continue;
          const runs = wasted.length === 1 ? "1 RUN instruction that does not" : `${wasted.length} RUN instructions that do not`;
          const advice = firstUse ? `Declare it just before its first use (${firstUse.keyword} at line ${firstUse.range.line}), after the expensive steps.` : "No later instruction of the stage uses it: declare it after the last RUN, or remove it.";
          report({
            range: p.nameRange,
            message: `ARG ${p.name} changes on every build and is declared before ${runs} use it (the first at line ${wasted[0].range.line}): every RUN after an ARG gets it in its environment, so each of them misses the cache. ${advice}`,
            context: stage.name ? { stage: stage.name } : void 0
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/volume-sensitive-path.ts
var SENSITIVE = [
  "/",
  "/bin",
  "/boot",
  "/dev",
  "/etc",
  "/lib",
  "/lib64",
  "/proc",
  "/root",
  "/run",
  "/sbin",
  "/sys",
  "/usr",
  "/var/run",
  "/var/lib/docker",
  "/var/run/docker.sock",
  "/run/docker.sock"
];
function normalise(p) {
  const out = ("/" + p).replace(/\/+/g, "/").replace(/\/\.(?=\/|$)/g, "");
  return out.length > 1 ? out.replace(/\/$/, "") : out;
}
function volumePaths(argsText, args) {
  const t = argsText.trim();
  if (t.startsWith("[")) {
    try {
      const v = JSON.parse(t);
      if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
    } catch {
    }
  }
  return args.map((a) => a.value);
}
var volume_sensitive_path_default = defineRule({
  id: "dockerfile/volume-sensitive-path",
  aliases: [],
  severity: "warning",
  summary: "VOLUME covers a system directory or the Docker socket",
  securitySeverity: 6,
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "VOLUME" || !inst.argsRange) continue;
        for (const raw of volumePaths(inst.argsText, inst.args)) {
          const value = normalise(
            expandVars(raw, inst.scope, model.escapeChar).value.replace(/^(["'])(.*)\1$/, "$2")
          );
          if (!SENSITIVE.includes(value)) continue;
          const socket = value.endsWith("docker.sock") || value === "/var/run" || value === "/run";
          const arg = inst.args.find((a) => a.value === raw);
          report({
            range: arg?.range ?? inst.argsRange,
            message: `VOLUME ${value} makes a system path a volume: ` + (socket ? "it invites mounting the Docker socket, which gives the container root on the host. " : "whatever the image put there is copied into every anonymous volume, later changes to it in the build are discarded, and it invites bind-mounting the host directory. ") + "Declare volumes only for application data (e.g. VOLUME /data)."
          });
        }
      }
    }
  }
});

// src/rules/dockerfile/wget-and-curl.ts
var wget_and_curl_default = defineRule({
  id: "dockerfile/wget-and-curl",
  aliases: ["DL4001", "DS014", "AVD-DS-0014"],
  severity: "warning",
  summary: "A stage uses both wget and curl",
  check(model, _options, report) {
    const byStage = /* @__PURE__ */ new Map();
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, ["wget", "curl"])) {
        const entry = byStage.get(inst.stage);
        const line = model.rangeOf(inv.words[0].start, inv.words[0].end).line;
        if (!entry) byStage.set(inst.stage, { first: inv.name, line, other: [] });
        else if (entry.first !== inv.name) entry.other.push(inv);
      }
    }
    for (const { first, line, other } of byStage.values()) {
      for (const inv of other) {
        report({
          range: model.rangeOf(inv.words[0].start, inv.words[0].end),
          message: `This stage already downloads with \`${first}\` (line ${line}); using \`${inv.name}\` too means two download tools (and their libraries) to install and patch. Use \`${first}\` here as well.`
        });
      }
    }
  }
});

// src/rules/dockerfile/wget-progress.ts
var QUIET_LONG = ["--progress", "--quiet", "--no-verbose", "--output-file", "--append-output"];
var VALUED = /* @__PURE__ */ new Set(["O", "P", "e", "t", "T", "w", "U", "i", "B", "Q", "l", "A", "R", "D", "I", "X", "Y"]);
function quietToken(t) {
  if (QUIET_LONG.some((o) => t === o || t.startsWith(`${o}=`))) return true;
  if (t === "-nv") return true;
  if (!/^-[A-Za-z]/.test(t) || t.startsWith("-n")) return false;
  for (const c of t.slice(1)) {
    if (c === "q" || c === "o" || c === "a") return true;
    if (VALUED.has(c)) return false;
  }
  return false;
}
var wget_progress_default = defineRule({
  id: "dockerfile/wget-progress",
  aliases: ["DL3047"],
  severity: "info",
  summary: "wget without --progress bloats the build log",
  fixable: true,
  check(model, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, "wget")) {
        let quiet = false;
        for (const w of inv.words.slice(1)) {
          if (w.value === "--") break;
          const { value, unresolved } = resolveWord(model, inst, w);
          if (unresolved.length > 0) {
            if (!w.quoted && unresolved.some((n) => /ARG|OPT|FLAG|PARAM/i.test(n))) quiet = true;
            continue;
          }
          const tokens = w.hasExpansion && !w.quoted ? value.split(/\s+/) : [value];
          if (tokens.some(quietToken)) quiet = true;
        }
        if (quiet) continue;
        const stage = model.stages[inst.stage];
        const base = stage && !inst.onbuild ? rootBase(model, stage).name : "unknown";
        const busybox = /alpine|busybox|unknown/i.test(base);
        report({
          range: model.rangeOf(inv.words[0].start, inv.words[0].end),
          message: "`wget` without `--progress` prints a progress line for every few kilobytes, which floods the build log on large downloads; write `wget --progress=dot:giga \u2026`, or `-nv`/`-q` (BusyBox wget: `-q`).",
          fix: busybox ? void 0 : insertAfterWord(model, inv.words[0], " --progress=dot:giga", "Add --progress=dot:giga to wget")
        });
      }
    }
  }
});

// src/rules/dockerfile/workdir-absolute.ts
function isAbsolute(p) {
  return p.startsWith("/") || p.startsWith("\\") || /^[A-Za-z]:[\\/]/.test(p);
}
var workdir_absolute_default = defineRule({
  id: "dockerfile/workdir-absolute",
  aliases: ["DL3000", "DS009", "AVD-DS-0009", "CKV_DOCKER_10"],
  severity: "error",
  summary: "WORKDIR uses a relative path",
  check(model, _options, report) {
    for (const inst of instructionsOf(model, "WORKDIR")) {
      if (inst.args.length === 0 || !inst.argsRange) continue;
      const raw = unquote2(inst.argsText.trim());
      if (isAbsolute(raw)) continue;
      const expanded = expandVars(raw, inst.scope, model.escapeChar);
      if (expanded.unresolved.length > 0 && raw.startsWith("$")) continue;
      const value = unquote2(expanded.value.trim());
      if (isAbsolute(value)) continue;
      const resolved = value.includes("\\") ? `\\${value}` : resolveImagePath(workdirAt(model, inst), value);
      report({
        range: inst.argsRange,
        message: `WORKDIR "${raw}" is relative, so it lands under whatever WORKDIR the base image or an earlier instruction set, which can change without notice. Write an absolute path, e.g. WORKDIR ${resolved}.`
      });
    }
  }
});

// src/rules/dockerfile/workdir-relative-path.ts
function isAbsolute2(p) {
  return p.startsWith("/") || p.startsWith("\\") || /^[A-Za-z]:[\\/]/.test(p);
}
var workdir_relative_path_default = defineRule({
  id: "dockerfile/workdir-relative-path",
  aliases: ["WorkdirRelativePath"],
  severity: "warning",
  summary: "The first WORKDIR of a build is a relative path",
  check(model, _options, report) {
    for (const stage of model.stages) {
      if (ancestorsHave(model, stage, "WORKDIR")) continue;
      const first = stage.instructions.find((i) => i.keyword === "WORKDIR");
      if (!first || !first.argsRange) continue;
      const raw = first.argsText.trim().replace(/^(["'])(.*)\1$/, "$2");
      const expanded = expandVars(raw, first.scope, model.escapeChar);
      if (expanded.unresolved.length > 0 && raw.startsWith("$")) continue;
      const value = expanded.value.trim().replace(/^(["'])(.*)\1$/, "$2");
      if (isAbsolute2(value)) continue;
      report({
        range: first.argsRange,
        message: `Relative workdir "${raw}" can have unexpected results if the base image changes: it resolves against the base image's WORKDIR, which is not declared in this build. Set an absolute WORKDIR first, e.g. WORKDIR /${value.replace(/^\.\/?/, "")}.`
      });
    }
  }
});

// src/rules/dockerfile/workdir-system-dir.ts
var SYSTEM_DIRS = ["/proc", "/sys", "/dev", "/boot", "/initrd", "/lost+found"];
var workdir_system_dir_default = defineRule({
  id: "dockerfile/workdir-system-dir",
  aliases: ["DS030", "AVD-DS-0030"],
  severity: "error",
  summary: "WORKDIR points into a system directory (/proc, /sys, /dev, /boot\u2026)",
  check(model, _options, report) {
    for (const top of model.instructions) {
      for (const inst of top.trigger ? [top, top.trigger] : [top]) {
        if (inst.keyword !== "WORKDIR" || !inst.argsRange) continue;
        const raw = inst.argsText.trim();
        const value = expandVars(raw, inst.scope, model.escapeChar).value.trim().replace(/^(["'])(.*)\1$/, "$2");
        const dir = SYSTEM_DIRS.find((d) => value === d || value.startsWith(d + "/"));
        if (!dir) continue;
        report({
          range: inst.argsRange,
          message: `WORKDIR path '${raw}' should not mount system directories: ${dir} is provided by the kernel or the runtime at run time, so files written there are lost or hidden, and commands run from it can touch the host. Use an application directory such as /app.`
        });
      }
    }
  }
});

// src/rules/dockerfile/yarn-cache-clean.ts
var CACHE_DIRS2 = ["/usr/local/share/.cache/yarn", "/root/.cache/yarn", "/root/.yarn/berry/cache"];
var yarn_cache_clean_default = defineRule({
  id: "dockerfile/yarn-cache-clean",
  aliases: ["DL3060"],
  severity: "info",
  hadolintOptions: { onlyShippedStages: false },
  summary: "yarn install without yarn cache clean in the same RUN",
  fixable: true,
  options: {
    onlyShippedStages: {
      type: "boolean",
      description: "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); a cache left in another build stage never ships.",
      default: true
    }
  },
  check(model, options, report) {
    for (const inst of runInstructions(model, { shippedOnly: options.onlyShippedStages })) {
      const invs = findCommands(inst, ["yarn", "yarnpkg"]);
      const installs = invs.filter(
        (inv) => actionsOf(inv).has("install") && !(subcommandOf(inv) === void 0 && inv.args.some((a) => /^(?:--version|-v|--help|-h)$/.test(a)))
      );
      if (installs.length === 0) continue;
      const last = installs[installs.length - 1];
      const cleaned = invs.some(
        (inv) => inv.command.start > last.command.start && actionsOf(inv).has("clean")
      );
      const folders = installs.map((inv) => optionValue(inv, "--cache-folder")?.value).filter((v) => !!v);
      const dirs = [...CACHE_DIRS2, ...folders];
      if (cleaned || removesDir(inst, last.command.start, dirs) || mountsCacheOver(inst, dirs)) continue;
      const first = installs[0];
      const sub2 = subcommandOf(first);
      report({
        range: model.rangeOf(first.words[0].start, (sub2 ?? first.words[0]).end),
        message: `\`${first.words.map((w) => w.value).slice(0, sub2 ? 2 : 1).join(" ")}\` fills yarn's global cache, which stays in the layer next to node_modules; end the same RUN with \`yarn cache clean\`, or mount the cache with \`--mount=type=cache,target=/usr/local/share/.cache/yarn\`.`,
        fix: appendCommandFix(model, inst, "yarn cache clean", "Append yarn cache clean")
      });
    }
  }
});

// src/rules/dockerfile/yum-assume-yes.ts
var yum_assume_yes_default = defineRule({
  id: "dockerfile/yum-assume-yes",
  aliases: ["DL3030"],
  severity: "warning",
  summary: "yum install/update/remove without -y",
  fixable: true,
  check(model, _options, report) {
    checkAssumeYes(model, ["yum"], report);
  }
});

// src/rules/dockerfile/yum-clean-all.ts
var yum_clean_all_default = defineRule({
  id: "dockerfile/yum-clean-all",
  aliases: ["DL3032", "DS015", "AVD-DS-0015"],
  severity: "warning",
  hadolintOptions: { onlyShippedStages: false },
  summary: "yum install without yum clean all in the same RUN",
  fixable: true,
  options: {
    onlyShippedStages: {
      type: "boolean",
      description: "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); caches left in other build stages never ship.",
      default: true
    }
  },
  check(model, options, report) {
    checkRpmClean(model, ["yum"], options.onlyShippedStages, report);
  }
});

// src/rules/dockerfile/yum-version-pin.ts
var yum_version_pin_default = defineRule({
  id: "dockerfile/yum-version-pin",
  aliases: ["DL3033"],
  severity: "warning",
  summary: "yum install without package versions",
  check(model, _options, report) {
    checkRpmPins(model, ["yum"], report);
  }
});

// src/rules/dockerfile/zypper-clean.ts
var CACHE_DIRS3 = ["/var/cache/zypp"];
var zypper_clean_default = defineRule({
  id: "dockerfile/zypper-clean",
  aliases: ["DL3036", "DS020", "AVD-DS-0020"],
  severity: "warning",
  hadolintOptions: { onlyShippedStages: false },
  summary: "zypper install without zypper clean in the same RUN",
  fixable: true,
  options: {
    onlyShippedStages: {
      type: "boolean",
      description: "Check only the stages whose files make up the built image (the final stage and the stages it is built FROM); caches left in other build stages never ship.",
      default: true
    }
  },
  check(model, options, report) {
    for (const inst of runInstructions(model, { shippedOnly: options.onlyShippedStages })) {
      const invs = findCommands(inst, "zypper");
      const changes = invs.filter((inv) => {
        const a = actionsOf(inv);
        return a.has("install") || a.has("upgrade");
      });
      if (changes.length === 0) continue;
      const last = changes[changes.length - 1];
      const cleaned = invs.some((inv) => {
        const sub3 = subcommandOf(inv)?.value;
        return inv.command.start > last.command.start && (sub3 === "clean" || sub3 === "cc");
      });
      if (cleaned || removesDir(inst, last.command.start, CACHE_DIRS3) || mountsCacheOver(inst, CACHE_DIRS3))
        continue;
      const first = changes[0];
      const sub2 = subcommandOf(first);
      report({
        range: model.rangeOf(first.words[0].start, sub2.end),
        message: `\`zypper ${sub2.value}\` leaves downloaded packages and repository metadata in /var/cache/zypp in the layer; end the same RUN with \`zypper clean --all\`, or mount the cache with \`--mount=type=cache,target=/var/cache/zypp\`.`,
        fix: appendCommandFix(model, inst, "zypper clean --all", "Append zypper clean --all")
      });
    }
  }
});

// src/rules/dockerfile/zypper-dist-upgrade.ts
var zypper_dist_upgrade_default = defineRule({
  id: "dockerfile/zypper-dist-upgrade",
  aliases: ["DL3035"],
  severity: "warning",
  summary: "zypper dist-upgrade in a Dockerfile",
  check(model, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, "zypper")) {
        const sub2 = subcommandOf(inv);
        if (!sub2 || sub2.value !== "dist-upgrade" && sub2.value !== "dup") continue;
        report({
          range: model.rangeOf(inv.words[0].start, sub2.end),
          message: `\`zypper ${sub2.value}\` upgrades the whole distribution inside the image, which makes the build unpredictable and the image drift from its base; use a newer base image tag instead, or \`zypper patch\`/\`zypper update <package>\` for specific fixes.`
        });
      }
    }
  }
});

// src/rules/dockerfile/zypper-non-interactive.ts
var ASKING = /* @__PURE__ */ new Set(["verify", "ve", "install-new-recommends", "inr"]);
var zypper_non_interactive_default = defineRule({
  id: "dockerfile/zypper-non-interactive",
  aliases: ["DL3034"],
  severity: "warning",
  summary: "zypper install/remove/update without --non-interactive or -y",
  fixable: true,
  check(model, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, "zypper")) {
        const sub2 = subcommandOf(inv);
        if (!sub2) continue;
        const a = actionsOf(inv);
        if (!a.has("install") && !a.has("upgrade") && !a.has("remove") && !ASKING.has(sub2.value)) continue;
        if (hasOption(inv, "-n", "--non-interactive", "-y", "--no-confirm")) continue;
        report({
          range: model.rangeOf(inv.words[0].start, sub2.end),
          message: `\`zypper ${sub2.value}\` without \`--non-interactive\` asks for a confirmation that a build cannot give, so the step fails; write \`zypper --non-interactive ${sub2.value} \u2026\` (or \`zypper ${sub2.value} -y \u2026\`).`,
          fix: insertAfterWord(model, inv.words[0], " --non-interactive", "Add --non-interactive to zypper")
        });
      }
    }
  }
});

// src/rules/dockerfile/zypper-version-pin.ts
function pinned6(spec) {
  return /[=<>]/.test(spec.slice(1)) || /\.rpm$/i.test(spec) || spec.includes("/");
}
var zypper_version_pin_default = defineRule({
  id: "dockerfile/zypper-version-pin",
  aliases: ["DL3037"],
  severity: "warning",
  summary: "zypper install without package versions",
  check(model, _options, report) {
    for (const inst of runInstructions(model)) {
      for (const inv of findCommands(inst, "zypper")) {
        if (!actionsOf(inv).has("install")) continue;
        const type = optionValue(inv, "-t", "--type")?.value;
        if (type && type !== "package") continue;
        for (const w of installedPackages(inv)) {
          const { value, unresolved } = resolveWord(model, inst, w);
          if (unresolved.length > 0) continue;
          const bad = value.split(/\s+/).filter((s) => s.length > 0 && !pinned6(s));
          if (bad.length === 0) continue;
          report({
            range: model.rangeOf(w.start, w.end),
            message: `\`zypper install ${bad[0]}\` installs whatever version the repository has at build time, so rebuilds differ; pin it: \`${bad[0]}=<version>\` (or \`>=\`; a version from an ARG counts).`
          });
        }
      }
    }
  }
});

// src/rules/runtime/capabilities.ts
var WHY2 = {
  ALL: "is every capability, as good as --privileged",
  SYS_ADMIN: "allows mounts, namespace changes and many other ways out of the container",
  NET_ADMIN: "allows changing the host's network configuration when the network is shared, and firewall rules",
  SYS_PTRACE: "allows reading and changing the memory of other processes",
  SYS_MODULE: "allows loading kernel modules, that is running code in the host kernel",
  DAC_READ_SEARCH: "allows reading any file by handle, a known container escape (shocker)",
  SYS_RAWIO: "allows raw access to devices and I/O ports",
  SYS_BOOT: "allows rebooting the host",
  BPF: "allows loading eBPF programs into the host kernel",
  PERFMON: "allows observing the whole host"
};
var capabilities_default = defineRule({
  id: "runtime/capabilities",
  aliases: ["CKV_K8S_25", "CKV_K8S_37", "CKV_K8S_39"],
  severity: "error",
  summary: "The container adds a dangerous Linux capability, or does not drop all capabilities",
  securitySeverity: 7.5,
  options: {
    forbid: {
      type: "array",
      items: { type: "string" },
      description: "Capabilities that must not be added (with or without the CAP_ prefix; ALL is --cap-add=ALL).",
      default: ["ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "DAC_READ_SEARCH"]
    },
    allow: {
      type: ["array", "null"],
      items: { type: "string" },
      description: "When set, the only capabilities that may be added (the Pod Security Standards allow AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT at baseline, only NET_BIND_SERVICE at restricted); null for no list.",
      default: null
    },
    requireDropAll: {
      type: "boolean",
      description: "Also require every container to drop all capabilities (cap_drop: [ALL]) and add back only what it needs.",
      default: false
    }
  },
  check(spec, options, report) {
    const forbid = new Set(capabilityList(options.forbid));
    const allow = Array.isArray(options.allow) ? new Set(capabilityList(options.allow)) : void 0;
    for (const cap of spec.capAdd) {
      if (cap.value === void 0) continue;
      if (!forbid.has(cap.value)) {
        if (allow && !allow.has(cap.value)) {
          report({
            range: cap.range,
            message: `Adding the capability ${cap.value} goes beyond the policy's list of capabilities a container may add (${[...allow].join(", ") || "none"}); remove it${WHY2[cap.value] ? ` (it ${WHY2[cap.value]})` : ""}.`
          });
        }
        continue;
      }
      const why = WHY2[cap.value] ?? "is forbidden by the policy";
      report({
        range: cap.range,
        message: `Adding the capability ${cap.value} ${why}; remove it${cap.value === "ALL" ? " and add only the capabilities the container needs" : " or grant a narrower capability"}.`
      });
    }
    if (options.requireDropAll && !spec.incomplete) {
      const dropsAll = spec.capDrop.some((c) => c.value === "ALL" || c.opaque);
      if (!dropsAll) {
        report({
          range: missingRange(spec),
          message: `${describe(spec)} keeps the engine's default capabilities (CHOWN, SETUID, NET_RAW\u2026), which most services never use; drop them all with ${howToWrite(spec, "--cap-drop ALL", "cap_drop: [ALL]", "securityContext.capabilities.drop: [ALL]")} and add back only those needed.`
        });
      }
    }
  }
});

// src/rules/runtime/cpu-limit.ts
var DEFAULT_CFS_PERIOD = 1e5;
var cpu_limit_default = defineRule({
  id: "runtime/cpu-limit",
  aliases: ["CKV_K8S_11", "unset-cpu-requirements"],
  severity: "warning",
  summary: "The container has no CPU limit, or one above the allowed maximum",
  options: {
    max: {
      type: ["number", "null"],
      description: "Largest number of CPUs allowed (`--cpus`, or quota / period); null for no maximum.",
      default: null
    }
  },
  check(spec, options, report) {
    const example2 = howToWrite(spec, "--cpus 1", "cpus: 1", "resources.limits.cpu: 500m");
    const limits = [spec.cpus, spec.cpuQuota, spec.cpusetCpus].filter(
      (s) => s !== void 0
    );
    if (limits.length === 0) {
      if (spec.incomplete || spec.source.containerType === "ephemeral") return;
      report({
        range: missingRange(spec),
        message: `${describe(spec)} has no CPU limit, so it can starve every other process on the host of CPU time; set one with ${example2}.`
      });
      return;
    }
    for (const s of [spec.cpus, spec.cpuQuota]) {
      if (s?.invalid)
        report({ range: s.range, message: `The CPU limit ${written(s)} cannot be read: ${s.invalid}.` });
    }
    const hasCpuset = spec.cpusetCpus !== void 0 && (spec.cpusetCpus.opaque || (spec.cpusetCpus.value ?? "").trim() !== "");
    const cpus = spec.cpus?.value;
    const quota = spec.cpuQuota?.value;
    const period = spec.cpuPeriod?.value && spec.cpuPeriod.value > 0 ? spec.cpuPeriod.value : DEFAULT_CFS_PERIOD;
    const effective = cpus !== void 0 && cpus > 0 ? cpus : quota !== void 0 && quota > 0 ? quota / period : void 0;
    const anyOpaque = limits.some((s) => s.opaque);
    if (effective === void 0 && !hasCpuset && !anyOpaque) {
      const zero = [spec.cpus, spec.cpuQuota].find((s) => s && s.value !== void 0);
      if (zero) {
        report({
          range: zero.range,
          message: `${written(zero)} means no CPU limit, so the container can starve every other process on the host of CPU time; set a real limit with ${example2}.`
        });
      }
      return;
    }
    const max = numberOption(options.max);
    if (max !== void 0 && effective !== void 0 && effective > max) {
      const s = cpus !== void 0 && cpus > 0 ? spec.cpus : spec.cpuQuota;
      report({
        range: s.range,
        message: `The CPU limit ${written(s)} (${Number(effective.toFixed(3))} CPUs) is above the policy's maximum of ${max}; lower it to ${max} or less.`
      });
    }
  }
});

// src/rules/runtime/docker-socket.ts
var docker_socket_default = defineRule({
  id: "runtime/docker-socket",
  aliases: ["CKV_K8S_27", "docker-sock"],
  severity: "error",
  summary: "The container mounts the Docker, Podman or containerd API socket",
  securitySeverity: 9,
  options: {
    sockets: {
      type: "array",
      items: { type: "string" },
      description: "File names of container-engine API sockets.",
      default: ENGINE_SOCKETS
    }
  },
  check(spec, options, report) {
    const sockets = new Set(stringList(options.sockets));
    for (const m of spec.volumes) {
      const socket = mountedSocket(m, sockets);
      if (!socket) continue;
      report({
        range: m.range,
        message: `Mounting ${socket} gives the container the container engine's API, with which it can start a privileged container and take over the host${m.readOnly ? " (read-only does not help: the API is used through the socket, not by writing the file)" : ""}; remove the mount, or put a filtering proxy in front of the socket if the API is really needed.`
      });
    }
  }
});

// src/rules/runtime/host-namespaces.ts
var WHY3 = {
  pid: "it sees every process of the host and can signal them (and read their environment with enough privilege)",
  ipc: "it shares the host's shared memory and semaphores",
  uts: "it shares the host's hostname and can change it",
  network: "it shares the host's network stack: it can bind host ports, reach services listening on localhost and see all traffic",
  cgroup: "it sees the host's whole cgroup hierarchy"
};
var host_namespaces_default = defineRule({
  id: "runtime/host-namespaces",
  aliases: ["CKV_K8S_17", "CKV_K8S_18", "CKV_K8S_19", "host-pid", "host-ipc", "host-network"],
  severity: "error",
  summary: "The container shares a host namespace (pid, ipc, uts, network or cgroup)",
  securitySeverity: 7.5,
  options: {
    allow: {
      type: "array",
      items: { enum: ["pid", "ipc", "uts", "network", "cgroup"] },
      description: "Host namespaces that may be shared.",
      default: []
    }
  },
  check(spec, options, report) {
    const allow = new Set(stringList(options.allow));
    const settings = [
      ["pid", spec.pid],
      ["ipc", spec.ipc],
      ["uts", spec.uts],
      ["network", spec.network],
      ["cgroup", spec.cgroupns]
    ];
    for (const [ns, s] of settings) {
      if (!s || s.value === void 0 || allow.has(ns)) continue;
      if (s.value.trim().toLowerCase() !== "host") continue;
      report({
        range: s.range,
        message: `${written(s)} puts the container in the host's ${ns} namespace, so ${WHY3[ns]}; remove it${ns === "network" ? spec.source.syntax === "kubernetes" ? " and reach the pod through a Service" : " and publish the ports the service needs" : ""}.`
      });
    }
  }
});

// src/rules/runtime/host-path.ts
var host_path_default = defineRule({
  id: "runtime/host-path",
  severity: "off",
  summary: "The container mounts a folder or file of the host (a bind mount, a Kubernetes hostPath volume)",
  options: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Absolute host paths that may be mounted, with everything below them.",
      default: []
    },
    allowReadOnly: {
      type: "boolean",
      description: "Allow host paths mounted read-only.",
      default: false
    }
  },
  check(spec, options, report) {
    const allow = stringList(options.allow).map((p) => normaliseHostPath(p) ?? p);
    for (const m of spec.volumes) {
      if (m.type !== "bind" || m.source === void 0 || m.opaque) continue;
      if (m.readOnly && options.allowReadOnly) continue;
      const path3 = normaliseHostPath(m.source) ?? m.source;
      if (allow.some((a) => path3 === a || path3.startsWith(a === "/" ? "/" : `${a}/`))) continue;
      const k8s = m.volumeType === "hostPath";
      report({
        range: m.range,
        message: `${k8s ? "The hostPath volume" : "The bind mount of"} ${path3} ties the container to the files of one host and lets it ${m.readOnly ? "read" : "read and change"} them; ${k8s ? "use a persistentVolumeClaim, configMap, secret or emptyDir volume instead" : "use a named volume instead"}, or allow the path in the policy if the container really needs it.`
      });
    }
  }
});

// src/rules/runtime/host-ports.ts
var host_ports_default = defineRule({
  id: "runtime/host-ports",
  aliases: ["CKV_K8S_26"],
  severity: "warning",
  summary: "A Kubernetes container binds a port of the node (hostPort)",
  options: {
    allow: {
      type: "array",
      items: { type: "integer" },
      description: "Host ports that may be used.",
      default: []
    }
  },
  check(spec, options, report) {
    const allow = new Set(Array.isArray(options.allow) ? options.allow.map(Number) : []);
    for (const p of spec.hostPorts) {
      if (p.value === void 0 || allow.has(p.value)) continue;
      report({
        range: p.range,
        message: `${written(p)} binds port ${p.value} on the node's own addresses, which bypasses network policies, exposes the container on the node's network and lets only one such pod run per node; reach it through a Service instead.`
      });
    }
  }
});

// src/rules/runtime/memory-limit.ts
var DOCKER_MINIMUM = 6 * 1024 * 1024;
var KUBERNETES_SANE_MINIMUM = 1024 * 1024;
var memory_limit_default = defineRule({
  id: "runtime/memory-limit",
  aliases: ["CKV_K8S_13", "unset-memory-requirements"],
  severity: "warning",
  summary: "The container has no memory (cgroup) limit, or one above the allowed maximum",
  options: {
    require: {
      type: "string",
      enum: ["services", "unless-task", "always"],
      description: "Which containers must have a limit: `services` (kept running: `docker run -d`, `--restart`, compose `restart:`/`deploy:`, Kubernetes workloads), `unless-task` (all but one-shot runs: `docker run --rm` in the foreground, GitHub workflow containers, Kubernetes Jobs), or `always`.",
      default: "services"
    },
    max: {
      type: ["string", "number", "null"],
      description: "Largest memory limit allowed (`2g`, `512m`, or bytes); null for no maximum.",
      default: null
    }
  },
  check(spec, options, report) {
    const m = spec.memory;
    const example2 = howToWrite(spec, "--memory 512m", "mem_limit: 512m", "resources.limits.memory: 512Mi");
    if (!m) {
      if (spec.incomplete || spec.source.containerType === "ephemeral") return;
      const require2 = options.require ?? "services";
      if (require2 === "services" && spec.lifetime !== "service") return;
      if (require2 === "unless-task" && spec.lifetime === "task") return;
      report({
        range: missingRange(spec),
        message: `${describe(spec)} has no memory limit, so it can use all of the host's memory and get other processes OOM-killed; set one with ${example2}.`
      });
      return;
    }
    if (m.opaque) return;
    if (m.invalid) {
      report({ range: m.range, message: `The memory limit ${written(m)} cannot be read: ${m.invalid}.` });
      return;
    }
    const bytes = m.value;
    if (bytes <= 0) {
      report({
        range: m.range,
        message: `${written(m)} means no memory limit, so the container can use all of the host's memory; set a real limit with ${example2}.`
      });
      return;
    }
    if (spec.engine === "kubernetes" && bytes < KUBERNETES_SANE_MINIMUM) {
      report({
        range: m.range,
        message: `The memory limit ${written(m)} is ${bytes < 1 ? "less than one byte" : `${Math.round(bytes)} bytes`}, which no container can run in (in Kubernetes quantities m means thousandths and M means 10^6); write Mi or Gi, e.g. 512Mi.`
      });
      return;
    }
    if (isDockerLike(spec) && spec.source.syntax !== "inspect" && bytes < DOCKER_MINIMUM) {
      report({
        range: m.range,
        message: `The memory limit ${written(m)} is below Docker's minimum of 6m, so the container will not start; use at least 6m.`
      });
    }
    const max = sizeOption(options.max);
    if (max !== void 0 && bytes > max) {
      report({
        range: m.range,
        message: `The memory limit ${written(m)}${formatBytes(bytes) === m.raw.trim() ? "" : ` (${formatBytes(bytes)})`} is above the policy's maximum of ${formatBytes(max)}; lower it to ${formatBytes(max)} or less.`
      });
    }
  }
});

// src/rules/runtime/non-root-user.ts
function isRoot(user) {
  const name = user.trim().split(":")[0];
  return name === "root" || /^0+$/.test(name);
}
var non_root_user_default2 = defineRule({
  id: "runtime/non-root-user",
  severity: "warning",
  summary: "The container runs as root: user: root, --user 0, or no user with an image that runs as root",
  options: {
    rootImages: {
      type: "boolean",
      description: "Also report a long-running container with no user whose image is an official image known to run as root (alpine, debian, ubuntu, python, node, golang\u2026; see the rule page).",
      default: true
    }
  },
  check(spec, options, report) {
    const u = spec.user;
    if (u) {
      if (u.opaque || u.value === void 0 || !isRoot(u.value)) return;
      report({
        range: u.range,
        message: `${written(u)} runs the container as root: a process that breaks out of it has root in the container, and on the host too without user namespaces. Run as an unprivileged user, e.g. ${howToWrite(spec, "--user 10001:10001", 'user: "10001:10001"', "securityContext: {runAsUser: 10001, runAsNonRoot: true}")}.`
      });
      return;
    }
    if (!options.rootImages || spec.incomplete || spec.lifetime === "task") return;
    if (spec.runAsNonRoot?.value === true) return;
    const run = runImage(spec);
    if (!run || !knownRootImage(run.ref)) return;
    report({
      range: run.range,
      message: `${describe(spec)} sets no user, and ${run.ref.name} runs as root unless told otherwise. Set an unprivileged user with ${howToWrite(spec, "--user 10001:10001", 'user: "10001:10001"', "securityContext: {runAsUser: 10001, runAsNonRoot: true}")}, or use an image that creates one.`
    });
  }
});

// src/rules/runtime/pids-limit.ts
var pids_limit_default = defineRule({
  id: "runtime/pids-limit",
  severity: "warning",
  summary: "The container has no limit on its number of processes",
  options: {
    max: {
      type: ["integer", "null"],
      description: "Largest process limit allowed; null for no maximum.",
      default: null
    }
  },
  check(spec, options, report) {
    const p = spec.pidsLimit;
    const example2 = howToWrite(spec, "--pids-limit 512", "pids_limit: 512");
    if (!p) {
      if (spec.incomplete || spec.engine === "podman" || spec.engine === "kubernetes") return;
      report({
        range: missingRange(spec),
        message: `${describe(spec)} has no process limit, so a fork bomb or a leak in it can exhaust the host's process table; set one with ${example2}.`
      });
      return;
    }
    if (p.opaque) return;
    if (p.invalid) {
      report({ range: p.range, message: `The process limit ${written(p)} cannot be read: ${p.invalid}.` });
      return;
    }
    if (p.value <= 0) {
      report({
        range: p.range,
        message: `${written(p)} means no process limit, so a fork bomb in the container can exhaust the host's process table; set a real limit with ${example2}.`
      });
      return;
    }
    const max = numberOption(options.max);
    if (max !== void 0 && p.value > max) {
      report({
        range: p.range,
        message: `The process limit ${written(p)} is above the policy's maximum of ${max}; lower it to ${max} or less.`
      });
    }
  }
});

// src/rules/runtime/privileged.ts
var privileged_default = defineRule({
  id: "runtime/privileged",
  aliases: ["CKV_K8S_16", "privileged-container"],
  severity: "error",
  summary: "The container runs privileged",
  securitySeverity: 9,
  check(spec, _options, report) {
    const p = spec.privileged;
    if (!p || p.value !== true) return;
    const instead = spec.source.syntax === "inspect" ? "recreate the container without it, granting only what is needed with --cap-add or --device" : spec.source.syntax === "kubernetes" ? `remove it and grant only what is needed with ${howToWrite(spec, "", "", "securityContext.capabilities.add")}` : `remove it and grant only what is needed with ${howToWrite(spec, "--cap-add NAME", "cap_add")} or ${howToWrite(spec, "--device PATH", "devices")}`;
    report({
      range: p.range,
      message: `${written(p)} gives the container every capability and every host device without seccomp or AppArmor confinement, so it can take over the host; ${instead}.`
    });
  }
});

// src/rules/runtime/read-only-rootfs.ts
var read_only_rootfs_default = defineRule({
  id: "runtime/read-only-rootfs",
  aliases: ["CKV_K8S_22", "no-read-only-root-fs"],
  severity: "warning",
  summary: "The container's root filesystem is writable",
  securitySeverity: 4,
  check(spec, _options, report) {
    const r = spec.readOnly;
    const example2 = howToWrite(
      spec,
      "--read-only",
      "read_only: true",
      "securityContext.readOnlyRootFilesystem: true"
    );
    if (r && (r.value === true || r.opaque)) return;
    if (r && r.value === false) {
      report({
        range: r.range,
        message: `${written(r)} leaves the root filesystem writable, so an intruder can change the container's programs; make it read-only with ${example2} and mount volumes or tmpfs where it must write.`
      });
      return;
    }
    if (r?.invalid) {
      report({ range: r.range, message: `${written(r)} cannot be read: ${r.invalid}.` });
      return;
    }
    if (spec.incomplete) return;
    report({
      range: missingRange(spec),
      message: `${describe(spec)} has a writable root filesystem, so an intruder can change its programs; make it read-only with ${example2} and mount volumes or tmpfs where it must write.`
    });
  }
});

// src/rules/runtime/run-as-non-root.ts
function isRoot2(user) {
  const name = user.split(":")[0].trim();
  return name === "0" || name === "root";
}
var run_as_non_root_default = defineRule({
  id: "runtime/run-as-non-root",
  aliases: ["CKV_K8S_23", "run-as-non-root"],
  severity: "off",
  summary: "The run configuration does not make sure the container runs as a non-root user (runAsNonRoot, a non-root user)",
  check(spec, _options, report) {
    const user = spec.user;
    const nonRoot = spec.runAsNonRoot;
    const example2 = howToWrite(
      spec,
      "--user 1000:1000",
      'user: "1000:1000"',
      "securityContext.runAsNonRoot: true"
    );
    if (user?.value !== void 0 && isRoot2(user.value)) {
      report({
        range: user.range,
        message: `${written(user)} runs the container as root, so a process that escapes it is root on the host; run it as an unprivileged user with ${example2}${spec.engine === "kubernetes" ? " and a non-zero runAsUser" : ""}.`
      });
      return;
    }
    if (nonRoot?.value === false) {
      report({
        range: nonRoot.range,
        message: `${written(nonRoot)} lets the container run as root whenever its image says so; set \`securityContext.runAsNonRoot: true\` so the kubelet refuses to start it as root.`
      });
      return;
    }
    if (nonRoot?.value === true || nonRoot?.opaque) return;
    if (user && (user.opaque || user.value !== void 0 || user.invalid)) return;
    if (spec.incomplete) return;
    report({
      range: missingRange(spec),
      message: `${describe(spec)} runs as whatever user its image names, often root, since nothing where it is run says otherwise; set ${example2}.`
    });
  }
});

// src/rules/runtime/security-opt.ts
function split(opt) {
  const m = /^([^=:]+)(?:[=:](.*))?$/s.exec(opt.trim());
  return m ? [m[1].trim().toLowerCase(), m[2]?.trim()] : [opt, void 0];
}
var WEAKENING = [
  {
    key: "seccomp",
    value: (v) => v.toLowerCase() === "unconfined",
    why: "turns off the seccomp filter, exposing every system call of the host kernel"
  },
  { key: "apparmor", value: (v) => v.toLowerCase() === "unconfined", why: "turns off the AppArmor profile" },
  {
    key: "label",
    value: (v) => v.toLowerCase() === "disable",
    why: "turns off SELinux separation for the container"
  },
  {
    key: "systempaths",
    value: (v) => v.toLowerCase() === "unconfined",
    why: "unmasks /proc and /sys paths that let a container reach the host kernel"
  },
  {
    key: "unmask",
    value: (v) => v.toUpperCase() === "ALL",
    why: "unmasks every /proc and /sys path that keeps a container away from the host kernel"
  }
];
var CONTAINER_SELINUX_TYPES = ["container_t", "container_init_t", "container_kvm_t", "container_engine_t"];
function selinuxLabel(key, value) {
  if (key !== "label" || value === void 0) return void 0;
  const colon = value.indexOf(":");
  return colon < 0 ? void 0 : [value.slice(0, colon).trim().toLowerCase(), value.slice(colon + 1).trim()];
}
function grantsNoNewPrivileges(s) {
  if (s.opaque) return true;
  if (s.value === void 0) return false;
  const [key, value] = split(s.value);
  return key === "no-new-privileges" && (value === void 0 || value === "" || value.toLowerCase() === "true");
}
var security_opt_default = defineRule({
  id: "runtime/security-opt",
  aliases: ["CKV_K8S_20", "CKV_K8S_31", "privilege-escalation-container", "unsafe-proc-mount"],
  severity: "error",
  summary: "A security option turns off seccomp, AppArmor or SELinux confinement",
  securitySeverity: 7.5,
  fixable: true,
  options: {
    requireNoNewPrivileges: {
      type: "boolean",
      description: "Also require no-new-privileges, so setuid binaries cannot raise privileges in the container.",
      default: false
    },
    requireSeccompProfile: {
      type: "boolean",
      description: "Kubernetes: also require a seccomp profile (securityContext.seccompProfile.type RuntimeDefault or Localhost), since the kubelet runs containers Unconfined unless told otherwise. Docker and podman apply their default profile, so this asks nothing of them.",
      default: false
    },
    restrictSelinux: {
      type: "boolean",
      description: "Also report SELinux labels outside the container types (container_t, container_init_t, container_kvm_t, container_engine_t) and any custom SELinux user or role, as the Pod Security Standards do.",
      default: false
    }
  },
  check(spec, options, report) {
    for (const s of spec.securityOpt) {
      if (s.value === void 0) continue;
      const [key, value] = split(s.value);
      const label = options.restrictSelinux ? selinuxLabel(key, value) : void 0;
      if (label && label[0] === "type" && !CONTAINER_SELINUX_TYPES.includes(label[1])) {
        report({
          range: s.range,
          message: `${written(s)} runs the container in the SELinux type ${label[1]}, outside the confined container types (${CONTAINER_SELINUX_TYPES.join(", ")}); remove it or use one of those.`
        });
        continue;
      }
      if (label && (label[0] === "user" || label[0] === "role")) {
        report({
          range: s.range,
          message: `${written(s)} sets a custom SELinux ${label[0]}, which can lift the confinement of the container types; remove it.`
        });
        continue;
      }
      const weak = value !== void 0 ? WEAKENING.find((w) => w.key === key && w.value(value)) : void 0;
      if (weak) {
        report({
          range: s.range,
          message: `${written(s)} ${weak.why}; remove it, and if the default profile blocks something the container needs, write a custom profile that allows just that.`
        });
      } else if (options.requireNoNewPrivileges && key === "no-new-privileges" && value !== void 0 && value.toLowerCase() === "false") {
        report({
          range: s.range,
          message: `${written(s)} lets setuid binaries raise privileges in the container; the policy requires no-new-privileges, so write ${howToWrite(spec, "--security-opt no-new-privileges", "no-new-privileges:true", "securityContext.allowPrivilegeEscalation: false")}.`
        });
      }
    }
    if (spec.incomplete) return;
    if (options.requireSeccompProfile && spec.engine === "kubernetes" && !spec.securityOpt.some((s) => s.opaque || s.value !== void 0 && split(s.value)[0] === "seccomp")) {
      report({
        range: missingRange(spec),
        message: `${describe(spec)} has no seccomp profile, and Kubernetes runs containers Unconfined by default, exposing every system call of the node's kernel; set \`securityContext.seccompProfile.type: RuntimeDefault\` (in the pod's or the container's securityContext).`
      });
    }
    if (!options.requireNoNewPrivileges) return;
    if (spec.securityOpt.some(
      (s) => grantsNoNewPrivileges(s) || s.value !== void 0 && split(s.value)[0] === "no-new-privileges"
    ))
      return;
    const range = missingRange(spec);
    const canFix = spec.source.syntax === "cli" && spec.command !== void 0;
    report({
      range,
      message: `${describe(spec)} does not set no-new-privileges, so setuid binaries in it can raise privileges; add ${howToWrite(spec, "--security-opt no-new-privileges", "security_opt: [no-new-privileges:true]", "securityContext.allowPrivilegeEscalation: false")}.`,
      ...canFix ? {
        fix: {
          description: "Add --security-opt no-new-privileges",
          edits: [
            {
              range: {
                line: range.endLine,
                column: range.endColumn,
                endLine: range.endLine,
                endColumn: range.endColumn
              },
              text: " --security-opt no-new-privileges"
            }
          ]
        }
      } : {}
    });
  }
});

// src/rules/runtime/sensitive-mounts.ts
var DEFAULT_PATHS = [
  "/",
  "/etc",
  "/proc",
  "/sys",
  "/dev",
  "/var/run",
  "/run",
  "/root",
  "/home",
  "/boot",
  "/usr",
  "/lib",
  "/bin",
  "/sbin",
  "/var",
  "/var/lib"
];
var DEFAULT_PREFIXES = [
  "/etc/shadow",
  "/etc/gshadow",
  "/etc/sudoers",
  "/etc/sudoers.d",
  "/etc/ssh",
  "/etc/kubernetes",
  "/etc/docker",
  "/root",
  "/proc/sys",
  "/proc/sysrq-trigger",
  "/proc/kcore",
  "/sys/kernel",
  "/sys/firmware",
  "/dev/mem",
  "/dev/kmem",
  "/boot",
  "/lib/modules",
  "/var/lib/docker",
  "/var/lib/containerd",
  "/var/lib/containers",
  "/var/lib/kubelet"
];
var SOCKETS = new Set(ENGINE_SOCKETS);
var sensitive_mounts_default = defineRule({
  id: "runtime/sensitive-mounts",
  aliases: ["sensitive-host-mounts"],
  severity: "warning",
  summary: "The container bind-mounts a sensitive host path (/, /etc, /proc, /sys, /dev, /var/run, /root\u2026)",
  securitySeverity: 8,
  options: {
    paths: {
      type: "array",
      items: { type: "string" },
      description: "Host paths that must not be bind-mounted themselves (their subfolders may be).",
      default: DEFAULT_PATHS
    },
    prefixes: {
      type: "array",
      items: { type: "string" },
      description: "Host paths that must not be bind-mounted, nor anything below them.",
      default: DEFAULT_PREFIXES
    },
    allowReadOnly: {
      type: "boolean",
      description: "Allow these paths when mounted read-only.",
      default: false
    }
  },
  check(spec, options, report) {
    const exact = new Set(stringList(options.paths).map((p) => normaliseHostPath(p) ?? p));
    const prefixes = stringList(options.prefixes).map((p) => normaliseHostPath(p) ?? p);
    for (const m of spec.volumes) {
      if (m.type !== "bind") continue;
      const path3 = normaliseHostPath(m.source);
      if (!path3 || m.readOnly && options.allowReadOnly) continue;
      if (mountedSocket(m, SOCKETS)) continue;
      const under = prefixes.find((p) => path3 === p || path3.startsWith(p === "/" ? "/" : `${p}/`));
      if (!exact.has(path3) && !under) continue;
      report({
        range: m.range,
        message: `Bind-mounting the host's ${path3}${m.readOnly ? " (even read-only)" : ""} exposes host ${under && under !== path3 ? `files under ${under}` : "system files"} to the container, a step towards taking over the host; mount only the specific files or a dedicated folder the container needs.`
      });
    }
  }
});

// src/rules/runtime/sysctls.ts
var SAFE_SYSCTLS = [
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_local_reserved_ports",
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes"
];
var sysctls_default = defineRule({
  id: "runtime/sysctls",
  aliases: ["unsafe-sysctls"],
  severity: "off",
  summary: "The container sets a kernel parameter (sysctl) outside the safe set",
  options: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Sysctls that may be set (default: the safe set of the Pod Security Standards).",
      default: SAFE_SYSCTLS
    }
  },
  check(spec, options, report) {
    const allow = new Set(stringList(options.allow));
    for (const s of spec.sysctls) {
      if (s.value === void 0) continue;
      const name = s.value.split("=")[0].trim().replace(/\//g, ".");
      if (allow.has(name)) continue;
      report({
        range: s.range,
        message: `Setting the sysctl ${name} changes a kernel parameter that is not known to be isolated per container, so it may affect the whole host or let the container weaken it; remove it or ask the policy to allow it.`
      });
    }
  }
});

// src/rules/runtime/userns.ts
var KEEP_ID_OPTIONS = /* @__PURE__ */ new Set(["uid", "gid", "size"]);
var AUTO_OPTIONS = /* @__PURE__ */ new Set(["uidmapping", "gidmapping", "size"]);
function podmanProblem(value) {
  if (value === "host" || value === "nomap" || value === "auto" || value === "keep-id") return void 0;
  const colon = value.indexOf(":");
  const mode = colon < 0 ? value : value.slice(0, colon);
  const rest = colon < 0 ? "" : value.slice(colon + 1);
  if (mode === "ns" || mode === "container") {
    return rest === "" ? `${mode}: needs ${mode === "ns" ? "a namespace path" : "a container name or id"}` : void 0;
  }
  if (mode === "auto" || mode === "keep-id") {
    const allowed = mode === "auto" ? AUTO_OPTIONS : KEEP_ID_OPTIONS;
    for (const opt of rest.split(",")) {
      const key = opt.split("=")[0];
      if (!allowed.has(key) || !opt.includes("=")) {
        return `"${opt}" is not a ${mode} option (${[...allowed].map((o) => `${o}=\u2026`).join(", ")})`;
      }
    }
    return void 0;
  }
  return "podman accepts auto[:\u2026], host, keep-id[:\u2026], nomap, ns:PATH and container:ID";
}
function reportHost(s, spec, report) {
  const podman = spec.engine === "podman";
  report({
    range: s.range,
    message: podman ? `${written(s)} runs the container in the host's user namespace, so root in the container is root on the host; use --userns=auto (or keep-id) instead.` : `${written(s)} turns off user-namespace remapping for this container, so root in the container is root on the host; remove it (Docker remaps users for every container through the daemon's userns-remap setting in daemon.json).`
  });
}
var userns_default = defineRule({
  id: "runtime/userns",
  severity: "warning",
  summary: "The user namespace is disabled (--userns=host, hostUsers: true) or set to a value the engine rejects",
  securitySeverity: 7,
  options: {
    requireKubernetesUserNamespace: {
      type: "boolean",
      description: "Kubernetes: also require `hostUsers: false`, since pods share the node's user namespace unless they ask for their own (Kubernetes 1.30+ with a runtime that supports it).",
      default: false
    }
  },
  check(spec, options, report) {
    const s = spec.userns;
    if (spec.engine === "kubernetes") {
      if (s?.value === "host") {
        report({
          range: s.range,
          message: `${written(s)} runs the pod in the node's user namespace, so root in the container is root on the node; set \`hostUsers: false\` to give the pod its own user namespace.`
        });
      } else if (!s && options.requireKubernetesUserNamespace) {
        report({
          range: missingRange(spec),
          message: `${describe(spec)} shares the node's user namespace (pods do unless they set hostUsers: false), so root in the container is root on the node; set \`hostUsers: false\` in the pod spec.`
        });
      }
      return;
    }
    if (!s || s.opaque || s.value === void 0) return;
    const value = s.value.trim();
    if (value === "host" || spec.engine === "podman" && value === "") {
      reportHost(s, spec, report);
      return;
    }
    if (spec.engine === "podman") {
      const problem3 = podmanProblem(value);
      if (problem3) report({ range: s.range, message: `podman rejects ${written(s)}: ${problem3}.` });
      return;
    }
    if (value === "") return;
    const mode = value.split(":")[0];
    if (["keep-id", "auto", "nomap", "ns"].includes(mode)) {
      const problem3 = podmanProblem(value);
      report({
        range: s.range,
        message: `${written(s)} is a podman-only value: ${spec.source.kind === "compose" ? "Docker Compose" : "Docker"} rejects it` + (problem3 ? `, and podman would too (${problem3})` : "") + `. If this file is meant for ${spec.source.kind === "compose" ? "podman-compose, say so with an `x-podman:` key" : "podman, run it with podman"}; for Docker remove it and enable the daemon's userns-remap setting in daemon.json instead.`
      });
      return;
    }
    report({
      range: s.range,
      message: `Docker rejects ${written(s)}: the only value it accepts is "host" (which disables remapping). Per-container user namespaces are not a docker run option: enable the daemon's userns-remap setting in daemon.json and remove this setting.`
    });
  }
});

// src/rules/runtime/volume-types.ts
var RESTRICTED_VOLUME_TYPES = [
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "persistentVolumeClaim",
  "projected",
  "secret"
];
var volume_types_default = defineRule({
  id: "runtime/volume-types",
  severity: "off",
  summary: "A Kubernetes container mounts a volume of a type outside the allowed list",
  options: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Volume types that may be mounted (default: those the restricted Pod Security Standard allows).",
      default: RESTRICTED_VOLUME_TYPES
    }
  },
  check(spec, options, report) {
    const allow = new Set(stringList(options.allow));
    for (const m of spec.volumes) {
      if (m.volumeType === void 0 || allow.has(m.volumeType)) continue;
      report({
        range: m.range,
        message: `The ${m.volumeType} volume${m.target ? ` mounted at ${m.target}` : ""} is not among the volume types the policy allows (${[...allow].join(", ")}); such volumes reach storage or host resources outside the cluster's control. Use a persistentVolumeClaim or one of the allowed types.`
      });
    }
  }
});

// src/rules/image/base-digest.ts
var NAME = "org.opencontainers.image.base.name";
var DIGEST2 = "org.opencontainers.image.base.digest";
var base_digest_default = defineRule({
  id: "image/base-digest",
  severity: "off",
  summary: "The built image does not record its base image name and digest (OCI annotations or labels)",
  check(model, _options, report) {
    const get = (k) => model.annotations[k] ?? model.config.labels[k];
    const name = get(NAME);
    const digest = get(DIGEST2);
    const missing = [
      name ? "" : NAME,
      digest && /^sha(256|512):[0-9a-f]+$/.test(digest) ? "" : DIGEST2
    ].filter(Boolean);
    if (missing.length === 0) return;
    report({
      range: IMAGE_RANGE,
      message: `The image does not record ${missing.join(" and ")}${digest && missing.includes(DIGEST2) ? ` (the digest given, "${digest.slice(0, 40)}", is not a digest)` : ""}: without them no scanner can tell which base a vulnerable package came from, or that a base update is due. Build with BuildKit (docker buildx), which adds them as annotations, or set them with \`--annotation\` / \`LABEL\`.`
    });
  }
});

// src/rules/image/env-secrets.ts
var env_secrets_default = defineRule({
  id: "image/env-secrets",
  severity: "error",
  summary: "An Env variable of the built image looks like a credential",
  securitySeverity: 8,
  check(model, _options, report) {
    for (const { name, value } of model.config.env) {
      const hit = secretLike(name, value);
      if (!hit) continue;
      let step = -1;
      for (let i = model.history.length - 1; i >= 0 && step < 0; i--) {
        const text = model.history[i].createdBy;
        const at = text.indexOf(`${name}=`);
        if (at >= 0 && /\bENV\b/.test(text.slice(0, at))) step = i;
      }
      report({
        range: IMAGE_RANGE,
        message: `Env ${name}: ${hit.reason}. Env values ship in the image config, where anyone who can pull the image reads them with \`docker inspect\`. Remove it from the image and give it to the container at run time (a secret store, \`--env-file\`, or a mounted secret).`,
        context: step >= 0 ? layerContext(model.history[step].layerIndex) : void 0
      });
    }
  }
});

// src/rules/image/exposed-ports.ts
var KNOWN = {
  "22": "SSH",
  "23": "telnet",
  "2375": "the unencrypted Docker API",
  "2376": "the Docker API",
  "3389": "RDP",
  "5900": "VNC"
};
var exposed_ports_default = defineRule({
  id: "image/exposed-ports",
  severity: "warning",
  summary: "The built image exposes a port this policy denies (SSH, telnet, Docker API\u2026)",
  options: {
    deny: {
      type: "array",
      items: { type: ["string", "integer"] },
      description: "Ports the image must not expose: `22` (any protocol) or `53/udp`.",
      default: ["22", "23", "2375", "2376", "3389", "5900"]
    }
  },
  check(model, options, report) {
    const deny = (options.deny ?? []).map((d) => String(d).toLowerCase());
    for (const exposed of model.config.exposedPorts) {
      const [port, proto = "tcp"] = exposed.toLowerCase().split("/");
      if (!deny.some((d) => d === port || d === `${port}/${proto}`)) continue;
      const what = KNOWN[port] ? ` (${KNOWN[port]})` : "";
      report({
        range: IMAGE_RANGE,
        message: `The image exposes port ${exposed}${what}, which this policy denies: a container should run one service, and remote-access or management ports invite attacks. Remove \`EXPOSE ${port}\`, and use \`docker exec\` or \`kubectl exec\` to get into a container.`
      });
    }
  }
});

// src/rules/image/healthcheck.ts
var healthcheck_default2 = defineRule({
  id: "image/healthcheck",
  severity: "warning",
  summary: "The built image has no HEALTHCHECK",
  check(model, _options, report) {
    const hc = model.config.healthcheck;
    if (hc && hc.test.length > 0 && hc.test[0] !== "NONE") return;
    report({
      range: IMAGE_RANGE,
      message: `The image ${hc ? "disables its health check (HEALTHCHECK NONE)" : "has no health check"}: Docker and Swarm cannot tell a hung service from a healthy one and will not restart or stop routing to it. Add \`HEALTHCHECK CMD <a command that fails when the service does>\` (e.g. \`wget -qO- http://localhost:8080/health || exit 1\`).`
    });
  }
});

// src/rules/image/history-lint.ts
var HISTORY_RULES = new Map(
  [
    update_without_install_default,
    cache_order_default,
    apt_lists_cleanup_default,
    apt_no_install_recommends_default,
    apk_no_cache_default,
    pip_no_cache_dir_default,
    yarn_cache_clean_default,
    dnf_clean_all_default,
    yum_clean_all_default,
    zypper_clean_default,
    secrets_in_arg_env_default,
    no_sudo_default
  ].map((r) => [r.id, r])
);
var ADD_URL = "add-url";
var modelCache = /* @__PURE__ */ new WeakMap();
function historyModel(model) {
  let hit = modelCache.get(model);
  if (!hit) {
    const { text, lineHistory } = historyToDockerfile(model.history);
    hit = { df: parseDockerfile(text, `${model.ref}#history`, { dockerignore: null }), lineHistory };
    modelCache.set(model, hit);
  }
  return hit;
}
function reportedByEnvSecrets(df, model, range) {
  const inst = df.instructions.find((i) => i.range.line <= range.line && range.line <= i.range.endLine);
  if (!inst || inst.keyword !== "ENV") return false;
  const prop = inst.properties.find(
    (p) => [p.nameRange, p.valueRange].some((r) => r && r.line === range.line && r.column === range.column)
  );
  return !!prop && model.config.env.some((e) => e.name === prop.name && e.value === (prop.value ?? ""));
}
var history_lint_default = defineRule({
  id: "image/history-lint",
  severity: "warning",
  summary: "Dockerfile rules replayed on the image history (update without install, caches, secrets in ARG/ENV, sudo, ADD of URLs\u2026)",
  options: {
    rules: {
      type: "array",
      items: { type: "string" },
      description: `Which checks to replay: any of ${[...HISTORY_RULES.keys()].join(", ")}, and \`${ADD_URL}\`.`,
      default: [...HISTORY_RULES.keys(), ADD_URL]
    }
  },
  check(model, options, report) {
    if (model.history.length === 0) return;
    const wanted = new Set(options.rules ?? []);
    const { df, lineHistory } = historyModel(model);
    const label = (hi) => {
      const h = model.history[hi];
      const step = describeStep(h.createdBy, 60);
      return h.layerIndex !== void 0 ? `Layer ${h.layerIndex + 1} (${step})` : `History step ${hi + 1} (${step})`;
    };
    let failure;
    for (const [id, rule] of HISTORY_RULES) {
      if (!wanted.has(id)) continue;
      try {
        rule.check(df, rule.defaultOptions, (d) => {
          const hi = lineHistory[d.range.line - 1] ?? -1;
          if (hi < 0) return;
          if (id === secrets_in_arg_env_default.id && reportedByEnvSecrets(df, model, d.range)) return;
          const message = d.message.replace(/\bline (\d+)\b/g, (text, n) => {
            const other = lineHistory[Number(n) - 1] ?? -1;
            if (other < 0) return text;
            const li = model.history[other].layerIndex;
            return li !== void 0 ? `layer ${li + 1}` : `history step ${other + 1}`;
          });
          report({
            range: IMAGE_RANGE,
            message: `${label(hi)}: ${message} [${id}, on the image history]`,
            // Never louder than the Dockerfile rule itself (the engine caps at this rule's setting).
            ...rule.severity !== "off" ? { severity: rule.severity } : {},
            context: layerContext(model.history[hi].layerIndex)
          });
        });
      } catch (e) {
        failure ??= new Error(`${id} failed on the rebuilt history: ${e.message}`);
      }
    }
    if (wanted.has(ADD_URL)) {
      model.history.forEach((h, hi) => {
        const ins = parseCreatedBy(h.createdBy);
        if (ins.keyword !== "ADD" || /(^|\s)--checksum=/.test(ins.body)) return;
        const url = ins.body.split(/\s+/).find((w) => /^https?:\/\//i.test(w));
        if (!url) return;
        report({
          range: IMAGE_RANGE,
          message: `${label(hi)}: ADD downloads ${url.slice(0, 100)} at build time without verifying it, so the image holds whatever the server sent that day. Use \`ADD --checksum=sha256:\u2026 ${url.slice(0, 60)} \u2026\`, or download with curl and check the hash in the same RUN. [${ADD_URL}, on the image history]`,
          context: layerContext(h.layerIndex)
        });
      });
    }
    if (failure) throw failure;
  }
});

// src/rules/image/history.ts
var history_default = defineRule({
  id: "image/history",
  severity: "warning",
  summary: "A layer of the built image has no created_by (made by docker commit: nobody can rebuild it)",
  check(model, _options, report) {
    if (model.layers.length === 0) return;
    if (model.history.length === 0) {
      if (model.source === "inspect-json") return;
      report({
        range: IMAGE_RANGE,
        message: "The image has no history: nothing says how any of its layers was made, so nobody can rebuild or review it. Build it from a Dockerfile (docker build / buildah bud) instead of assembling or committing it."
      });
      return;
    }
    model.layers.forEach((layer, i) => {
      if (layer.historyIndex === void 0) {
        report({
          range: IMAGE_RANGE,
          message: `Layer ${i + 1} has no history entry: nothing says how it was made, so nobody can rebuild or review it. Build the image from a Dockerfile so that every layer is recorded.`,
          context: layerContext(i)
        });
        return;
      }
      if (layer.createdBy.trim() !== "") return;
      const h = model.history[layer.historyIndex];
      const comment = h.comment ? ` (comment: "${h.comment.slice(0, 60)}")` : "";
      report({
        range: IMAGE_RANGE,
        message: `Layer ${i + 1} has no created_by${comment}: it was made by \`docker commit\` or a tool that records nothing, so nobody can rebuild it or see what it contains. Replace the commit with Dockerfile steps that produce the same files.`,
        context: layerContext(i)
      });
    });
  }
});

// src/rules/image/max-layers.ts
var max_layers_default2 = defineRule({
  id: "image/max-layers",
  severity: "warning",
  summary: "The built image has more layers than allowed",
  options: {
    max: { type: "integer", minimum: 1, description: "Most layers the image may have.", default: 40 }
  },
  check(model, options, report) {
    const n = model.layers.length;
    if (n <= options.max) return;
    report({
      range: IMAGE_RANGE,
      message: `The image has ${n} layers, more than the ${options.max} allowed: each layer costs pull time and storage, and overlay file systems slow down as layers stack up. Merge consecutive RUN steps, or build in stages and COPY --from only the result.`
    });
  }
});

// src/rules/image/max-size.ts
var max_size_default = defineRule({
  id: "image/max-size",
  severity: "warning",
  summary: "The built image is larger than allowed",
  options: {
    max: {
      type: ["string", "number"],
      description: "Largest uncompressed image size: a number of bytes or a size such as `500MB` or `1.5GiB`.",
      default: "1GB"
    }
  },
  check(model, options, report) {
    const max = sizeOption2(options.max, "max");
    if (max === null || model.size <= max) return;
    let biggest = -1;
    model.layers.forEach((l, i) => {
      if (l.size !== void 0 && (biggest < 0 || l.size > (model.layers[biggest].size ?? 0))) biggest = i;
    });
    const where = biggest >= 0 ? ` The largest is ${layerLabel(model, biggest)} at ${formatBytes2(model.layers[biggest].size ?? 0)}.` : "";
    report({
      range: IMAGE_RANGE,
      message: `The image is ${formatBytes2(model.size)}, over the ${formatBytes2(max)} allowed: large images pull slowly and carry more to patch.${where} Use a smaller base (slim, distroless), build in stages and copy only what runs, and clean package caches in the step that fills them.`,
      context: biggest >= 0 ? { layer: biggest + 1 } : void 0
    });
  }
});

// src/rules/image/non-root-user.ts
function isRootUser(user) {
  const name = user.trim().split(":")[0];
  return name === "" || name === "root" || /^0+$/.test(name);
}
var non_root_user_default3 = defineRule({
  id: "image/non-root-user",
  severity: "warning",
  summary: "The built image runs as root",
  securitySeverity: 6,
  check(model, _options, report) {
    const user = model.config.user;
    if (!isRootUser(user)) return;
    const what = user.trim() === "" ? "sets no user, so it runs as root" : `runs as "${user}", which is root`;
    report({
      range: IMAGE_RANGE,
      message: `The image config ${what}: a process that breaks out of the application owns the whole container, and any mounted host files. Add \`USER 10001\` (or a named non-root user) at the end of the Dockerfile.`
    });
  }
});

// src/rules/image/package-caches.ts
var CACHES = [
  {
    name: "apt package lists",
    test: /^var\/lib\/apt\/lists\/(?!lock$|partial(\/|$)|auxfiles(\/|$))/,
    cleanup: "`rm -rf /var/lib/apt/lists/*` in the RUN step that ran apt-get update"
  },
  {
    name: "apt package archives",
    test: /^var\/cache\/apt\/(archives\/[^/]+\.deb$|[^/]+\.bin$)/,
    cleanup: "`apt-get clean` in the RUN step that installs"
  },
  { name: "apk cache", test: /^(var\/cache\/apk|etc\/apk\/cache)\/./, cleanup: "`apk add --no-cache`" },
  { name: "pip cache", test: /(^|\/)\.cache\/pip\//, cleanup: "`pip install --no-cache-dir`" },
  {
    name: "npm cache",
    test: /(^|\/)\.npm\/(_cacache|_npx)\//,
    cleanup: "`npm cache clean --force` in the same step, or a cache mount"
  },
  {
    name: "yarn cache",
    test: /(^usr\/local\/share\/\.cache\/yarn\/|(^|\/)\.cache\/yarn\/|(^|\/)\.yarn-cache\/)/,
    cleanup: "`yarn cache clean` in the same step, or a cache mount"
  },
  {
    name: "dnf/yum cache",
    test: /^var\/cache\/(dnf|yum)\/./,
    cleanup: "`dnf clean all` / `yum clean all` in the same step"
  }
];
var package_caches_default = defineRule({
  id: "image/package-caches",
  severity: "warning",
  summary: "The built image keeps package-manager caches (apt lists, apk, pip, npm, yarn)",
  options: {
    minBytes: {
      type: ["string", "number"],
      description: "Smallest cache worth reporting (a size such as `100kB`, or bytes).",
      default: "100kB"
    }
  },
  check(model, options, report) {
    if (!model.layers.some((l) => l.files)) return;
    const min = sizeOption2(options.minBytes, "minBytes") ?? 0;
    const totals = CACHES.map(() => ({ bytes: 0, files: 0, byLayer: /* @__PURE__ */ new Map() }));
    for (const v of analyseImage(model).visible.values()) {
      if (v.file.type !== "file") continue;
      const i = CACHES.findIndex((c) => c.test.test(v.path));
      if (i < 0) continue;
      const t = totals[i];
      t.bytes += v.file.size;
      t.files++;
      t.byLayer.set(v.layer, (t.byLayer.get(v.layer) ?? 0) + v.file.size);
    }
    CACHES.forEach((cache, i) => {
      const t = totals[i];
      if (t.files === 0 || t.bytes < min) return;
      let layer = -1;
      for (const [l, b] of t.byLayer) if (layer < 0 || b > t.byLayer.get(layer)) layer = l;
      report({
        range: IMAGE_RANGE,
        message: `The image keeps the ${cache.name}: ${formatBytes2(t.bytes)} in ${t.files} file${t.files === 1 ? "" : "s"}, mostly from layer ${layer + 1}. Nothing needs them at run time, yet every pull downloads them; use ${cache.cleanup}.`,
        context: layerContext(layer)
      });
    });
  }
});

// src/rules/image/required-labels.ts
function requirements(labels) {
  if (Array.isArray(labels)) {
    return labels.flatMap((l) => {
      if (typeof l === "string") return [{ name: l }];
      if (l && typeof l === "object" && typeof l.name === "string") {
        const { name, pattern } = l;
        return [typeof pattern === "string" && pattern !== "" ? { name, pattern } : { name }];
      }
      return [];
    });
  }
  if (labels && typeof labels === "object") {
    return Object.entries(labels).map(
      ([name, pattern]) => typeof pattern === "string" && pattern !== "" ? { name, pattern } : { name }
    );
  }
  return [];
}
var required_labels_default = defineRule({
  id: "image/required-labels",
  severity: "warning",
  summary: "The built image lacks a required label, or its value does not match",
  options: {
    labels: {
      type: ["array", "object"],
      description: "Labels the image must carry: names, `{ name, pattern }` objects, or a map of name to pattern (RE2, searched; null for any value).",
      default: ["org.opencontainers.image.source"]
    }
  },
  check(model, options, report) {
    const labels = model.config.labels;
    for (const req of requirements(options.labels)) {
      const value = labels[req.name];
      if (value === void 0 || value.trim() === "") {
        report({
          range: IMAGE_RANGE,
          message: `The image has no "${req.name}" label${value === void 0 ? "" : " value"}, which this policy requires so that people and tools can tell where the image comes from and who owns it. Add \`LABEL ${req.name}=\u2026\` to the Dockerfile or pass \`--label ${req.name}=\u2026\` to the build.`
        });
        continue;
      }
      if (req.pattern !== void 0 && !compileRegex(req.pattern).test(value)) {
        report({
          range: IMAGE_RANGE,
          message: `The "${req.name}" label is "${value.slice(0, 80)}", which does not match the pattern ${req.pattern} this policy requires. Set the label to a value of the expected form.`
        });
      }
    }
  }
});

// src/rules/image/sensitive-volumes.ts
function normalise2(p) {
  const t = p.trim().replace(/\/+$/, "");
  return t === "" ? "/" : t;
}
var sensitive_volumes_default = defineRule({
  id: "image/sensitive-volumes",
  severity: "warning",
  summary: "The built image declares a VOLUME over a system folder",
  securitySeverity: 6,
  options: {
    paths: {
      type: "array",
      items: { type: "string" },
      description: "Folders (and everything under them) that must not be volumes.",
      default: [
        "/",
        "/etc",
        "/root",
        "/home",
        "/usr",
        "/bin",
        "/sbin",
        "/lib",
        "/lib64",
        "/boot",
        "/proc",
        "/sys",
        "/dev",
        "/run",
        "/var/run",
        "/var/lib/docker"
      ]
    }
  },
  check(model, options, report) {
    const denied = (options.paths ?? []).map(normalise2);
    for (const raw of model.config.volumes) {
      const vol = normalise2(raw);
      const hit = denied.find(
        (d) => vol === d || d !== "/" && vol.startsWith(d + "/") || vol.endsWith("/docker.sock")
      );
      if (hit === void 0) continue;
      report({
        range: IMAGE_RANGE,
        message: `The image declares VOLUME ${raw}: every container gets an anonymous volume there, so the folder's content outlives the container, can be shared with others, and later build steps' changes to it are lost. Declare volumes only for data folders (e.g. VOLUME /data) and mount anything else explicitly at run time.`
      });
    }
  }
});

// src/rules/image/setuid-files.ts
var setuid_files_default = defineRule({
  id: "image/setuid-files",
  severity: "info",
  summary: "The built image has setuid or setgid executables",
  securitySeverity: 5,
  options: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Glob patterns of image paths that may keep their setuid/setgid bit (e.g. `usr/bin/sudo`).",
      default: []
    }
  },
  check(model, options, report) {
    if (!model.layers.some((l) => l.files)) return;
    const allowed = globMatcher(options.allow);
    const found = [];
    for (const v of analyseImage(model).visible.values()) {
      if (v.file.type !== "file" || (v.file.mode & 3072) === 0 || allowed(v.path)) continue;
      const bits = [v.file.mode & 2048 ? "setuid" : "", v.file.mode & 1024 ? "setgid" : ""].filter(Boolean).join("+");
      found.push({ path: v.path, layer: v.layer, bits });
    }
    if (found.length === 0) return;
    found.sort((a, b) => a.path < b.path ? -1 : 1);
    report({
      range: IMAGE_RANGE,
      message: `The image has ${found.length} setuid/setgid file${found.length === 1 ? "" : "s"}: ${listSome(
        found.map((f) => `/${f.path} (${f.bits}, layer ${f.layer + 1})`),
        8
      )}. Each lets an unprivileged process gain the owner\u2019s rights, the usual step from a foothold to root; remove the bits (\`RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +\`) or list the ones you need in \`allow\`.`,
      context: layerContext(found[0].layer)
    });
  }
});

// src/rules/image/size-growth.ts
var size_growth_default = defineRule({
  id: "image/size-growth",
  severity: "warning",
  summary: "The built image grew more than allowed against the baseline image (--baseline)",
  options: {
    maxPercent: {
      type: "number",
      minimum: 0,
      description: "Largest allowed growth of the uncompressed size against the baseline, in percent.",
      default: 10
    }
  },
  check(model, options, report) {
    const base = model.baseline;
    if (!base) return;
    const c = compareImages(model, base.model);
    const before = base.model.size;
    if (before <= 0 || c.sizeDelta <= 0) return;
    const percent = c.sizeDelta / before * 100;
    if (percent <= options.maxPercent) return;
    const layers = c.layerDelta === 0 ? "the same number of layers" : `${c.layerDelta > 0 ? "+" : ""}${c.layerDelta} layers`;
    const added = c.addedPaths?.slice(0, 5).map((p) => `/${p.path} (${formatBytes2(p.size)}${p.changed ? ", changed" : ""}, layer ${p.layer + 1})`);
    const biggest = added && added.length > 0 ? ` Biggest added: ${added.join(", ")}.` : "";
    report({
      range: IMAGE_RANGE,
      message: `The image grew ${formatDelta(c.sizeDelta)} (${percent.toFixed(1)} %) against ${base.ref}, ${formatBytes2(before)} -> ${formatBytes2(model.size)} with ${layers}, over the ${options.maxPercent} % allowed.${biggest} Check that the growth is intended: build artifacts, caches and dev dependencies are the usual culprits.`,
      context: layerContext(c.addedPaths?.[0]?.layer)
    });
  }
});

// src/rules/image/wasted-space.ts
var wasted_space_default = defineRule({
  id: "image/wasted-space",
  severity: "warning",
  summary: "Layers ship bytes that later layers overwrite or delete (wasted bytes, dive efficiency)",
  options: {
    minEfficiency: {
      type: "number",
      minimum: 0,
      maximum: 1,
      description: "Lowest efficiency score (dive's: smallest size of each path over all its sizes across layers).",
      default: 0.95
    },
    maxWastedBytes: {
      type: ["string", "number", "null"],
      description: "Most wasted bytes allowed (a size such as `20MB`); null for no limit.",
      default: null
    },
    maxWastedPercent: {
      type: ["number", "null"],
      minimum: 0,
      description: "Most wasted bytes allowed as a percent of the bytes added after the base layer; null for no limit.",
      default: null
    }
  },
  check(model, options, report) {
    if (!model.filesIndexed) return;
    const a = analyseImage(model);
    if (a.wastedBytes === 0) return;
    const maxBytes = sizeOption2(options.maxWastedBytes, "maxWastedBytes");
    const percent = a.userWastedRatio * 100;
    const reasons = [];
    if (a.efficiency < options.minEfficiency) {
      reasons.push(
        `efficiency ${(a.efficiency * 100).toFixed(1)} % is below ${(options.minEfficiency * 100).toFixed(1)} %`
      );
    }
    if (maxBytes !== null && a.wastedBytes > maxBytes)
      reasons.push(`${formatBytes2(a.wastedBytes)} wasted is over ${formatBytes2(maxBytes)}`);
    if (options.maxWastedPercent !== null && options.maxWastedPercent !== void 0 && percent > options.maxWastedPercent) {
      reasons.push(`${percent.toFixed(1)} % of the added bytes wasted is over ${options.maxWastedPercent} %`);
    }
    if (reasons.length === 0) return;
    const top = a.wastedFiles.slice(0, 5).map((w) => {
      const layers = w.layers.map((l) => l + 1).join(", ");
      return `/${w.path} (${formatBytes2(w.size)}, written in layer ${layers}, hidden by layer ${w.hiddenBy + 1})`;
    });
    const more = a.wastedFiles.length > 5 ? ` and ${a.wastedFiles.length - 5} more` : "";
    let worst = -1;
    a.hiddenBytes.forEach((b, i) => {
      if (b > 0 && (worst < 0 || b > a.hiddenBytes[worst])) worst = i;
    });
    report({
      range: IMAGE_RANGE,
      message: `The image wastes ${formatBytes2(a.wastedBytes)} (${reasons.join("; ")}): files written in one layer and overwritten or deleted in a later one are still shipped and pulled. Largest: ${top.join(", ")}${more}. Delete files in the same RUN step that creates them, or build in stages and copy only the result.`,
      context: layerContext(worst >= 0 ? worst : void 0)
    });
  }
});

// src/rules/policy/exception-expired.ts
var exception_expired_default = defineRule({
  id: "policy/exception-expired",
  severity: "warning",
  summary: "An exception in the policy has passed its expiry date and no longer applies",
  check() {
  }
});

// src/rules/policy/exception-expiring.ts
var exception_expiring_default = defineRule({
  id: "policy/exception-expiring",
  severity: "info",
  summary: "An exception in the policy expires soon",
  check() {
  }
});

// src/rules/policy/internal-error.ts
var internal_error_default = defineRule({
  id: "policy/internal-error",
  severity: "error",
  summary: "A rule failed on an input; the other rules still ran",
  check() {
  }
});

// src/rules/policy/invalid-suppression.ts
var invalid_suppression_default = defineRule({
  id: "policy/invalid-suppression",
  severity: "warning",
  summary: "An inline suppression comment cannot be understood or names no known rule",
  check() {
  }
});

// src/rules/policy/locked-suppression.ts
var locked_suppression_default = defineRule({
  id: "policy/locked-suppression",
  severity: "warning",
  summary: "An inline suppression names a locked rule, so it is ignored",
  check() {
  }
});

// src/rules/policy/suppression-without-reason.ts
var suppression_without_reason_default = defineRule({
  id: "policy/suppression-without-reason",
  severity: "warning",
  summary: "An inline suppression gives no reason",
  check() {
  }
});

// src/rules/policy/unparsable.ts
var unparsable_default = defineRule({
  id: "policy/unparsable",
  severity: "error",
  summary: "An input could not be read or parsed, so it was not checked",
  check() {
  }
});

// src/rules/policy/unpinned-extends.ts
var unpinned_extends_default = defineRule({
  id: "policy/unpinned-extends",
  severity: "warning",
  summary: "The policy extends a remote policy that is not pinned",
  check() {
  }
});

// src/rules/policy/unused-suppression.ts
var unused_suppression_default = defineRule({
  id: "policy/unused-suppression",
  severity: "warning",
  summary: "An inline suppression silences nothing",
  check() {
  }
});

// src/rules/index.ts
var RULES = [
  apk_no_cache_default,
  apk_pin_versions_default,
  apt_lists_cleanup_default,
  apt_no_install_recommends_default,
  apt_pin_versions_default,
  apt_yes_default,
  base_image_digest_default,
  base_image_eol_default,
  base_image_latest_default,
  base_image_untagged_default,
  cache_order_default,
  chpasswd_default,
  consecutive_run_default,
  consistent_instruction_casing_default,
  copy_dest_slash_default,
  copy_from_own_stage_default,
  copy_from_root_default,
  copy_from_unknown_stage_default,
  copy_ignored_file_default,
  copy_instead_of_add_default,
  copy_relative_without_workdir_default,
  denied_base_images_default,
  dnf_assume_yes_default,
  dnf_clean_all_default,
  dnf_version_pin_default,
  dockerignore_default,
  duplicate_stage_name_default,
  env_self_reference_default,
  exec_form_cmd_default,
  expose_invalid_format_default,
  expose_proto_casing_default,
  expose_ssh_port_default,
  expose_valid_port_default,
  from_as_casing_default,
  from_first_default,
  from_platform_flag_const_default,
  from_platform_flag_default,
  gem_pin_versions_default,
  go_version_pin_default,
  healthcheck_default,
  invalid_default_arg_in_from_default,
  json_args_recommended_default,
  label_email_default,
  label_empty_default,
  label_git_hash_default,
  label_key_format_default,
  label_required_default,
  label_rfc3339_default,
  label_semver_default,
  label_spdx_default,
  label_superfluous_default,
  label_url_default,
  legacy_key_value_format_default,
  maintainer_deprecated_default,
  max_layers_default,
  multiple_cmd_default,
  multiple_entrypoint_default,
  multiple_instructions_default,
  no_apt_default,
  no_empty_continuation_default,
  no_sudo_default,
  non_root_user_default,
  npm_pin_versions_default,
  onbuild_invalid_trigger_default,
  package_signature_disabled_default,
  pip_no_cache_dir_default,
  pip_pin_versions_default,
  pipe_to_shell_default,
  pipefail_default,
  pointless_command_default,
  redundant_target_platform_default,
  secrets_in_arg_env_default,
  secrets_in_instructions_default,
  shell_via_symlink_default,
  shellcheck_default,
  single_healthcheck_default,
  stage_name_casing_default,
  stage_name_reserved_default,
  syntax_default,
  tls_verification_disabled_default,
  trusted_registries_default,
  undefined_arg_in_from_default,
  undefined_var_default,
  update_without_install_default,
  use_add_for_archives_default,
  use_workdir_default,
  user_numeric_default,
  useradd_no_log_init_default,
  volatile_arg_early_default,
  volume_sensitive_path_default,
  wget_and_curl_default,
  wget_progress_default,
  workdir_absolute_default,
  workdir_relative_path_default,
  workdir_system_dir_default,
  yarn_cache_clean_default,
  yum_assume_yes_default,
  yum_clean_all_default,
  yum_version_pin_default,
  zypper_clean_default,
  zypper_dist_upgrade_default,
  zypper_non_interactive_default,
  zypper_version_pin_default,
  capabilities_default,
  cpu_limit_default,
  docker_socket_default,
  host_namespaces_default,
  host_path_default,
  host_ports_default,
  memory_limit_default,
  non_root_user_default2,
  pids_limit_default,
  privileged_default,
  read_only_rootfs_default,
  run_as_non_root_default,
  security_opt_default,
  sensitive_mounts_default,
  sysctls_default,
  userns_default,
  volume_types_default,
  base_digest_default,
  env_secrets_default,
  exposed_ports_default,
  healthcheck_default2,
  history_lint_default,
  history_default,
  max_layers_default2,
  max_size_default,
  non_root_user_default3,
  package_caches_default,
  required_labels_default,
  secret_files_default,
  sensitive_volumes_default,
  setuid_files_default,
  size_growth_default,
  wasted_space_default,
  exception_expired_default,
  exception_expiring_default,
  internal_error_default,
  invalid_suppression_default,
  locked_suppression_default,
  suppression_without_reason_default,
  unparsable_default,
  unpinned_extends_default,
  unused_suppression_default
];
var RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

export {
  DOCS_BASE_URL,
  parseShell,
  basename,
  parseDockerfile,
  joinContinuations,
  RULES,
  RULES_BY_ID
};
