# bash completion for chronograph: subcommands, their flags, and the values flags take.
_chronograph() {
  local cur prev words cword
  _init_completion 2>/dev/null || {
    cur="${COMP_WORDS[COMP_CWORD]}"; prev="${COMP_WORDS[COMP_CWORD-1]}"
    words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD
  }
  local cmd="" sub="" i
  for ((i = 1; i < cword; i++)); do
    case "${words[i]}" in
      -*) ;;
      *) if [[ -z $cmd ]]; then cmd=${words[i]}
         elif [[ -z $sub && $cmd =~ ^(query|overrides|train)$ ]]; then sub=${words[i]}; fi ;;
    esac
  done
  case "$prev" in
    --format)
      case "$cmd" in
        build) COMPREPLY=($(compgen -W "json dot svg png pdf" -- "$cur")) ;;
        render) COMPREPLY=($(compgen -W "dot svg png pdf html" -- "$cur")) ;;
        tag) COMPREPLY=($(compgen -W "json timeml" -- "$cur")) ;;
        export) COMPREPLY=($(compgen -W "graphml csv timelinejs jsonl" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "table json" -- "$cur")) ;;
      esac
      return ;;
    --lanes) COMPREPLY=($(compgen -W "none actor type document" -- "$cur")); return ;;
    --layout) COMPREPLY=($(compgen -W "timeline chain" -- "$cur")); return ;;
    --events) COMPREPLY=($(compgen -W "salient all" -- "$cur")); return ;;
    --progress) COMPREPLY=($(compgen -W "never auto always" -- "$cur")); return ;;
    -o|--output|--graph|--overrides|--lexicon|--model|--dating-model|--wordnet|--classes|--timeml|--eval|--dict)
      COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  local flags=""
  case "$cmd" in
    "") COMPREPLY=($(compgen -W "build tag render query export overrides train --help --version" -- "$cur")); return ;;
    build) flags="-o --output --format --overrides --no-overrides --lexicon --dct -j --threads --events --min-salience -q --quiet --progress" ;;
    tag) flags="--dct --format --model --dating-model" ;;
    render) flags="--graph -o --output --format --lanes --layout --focus --depth --title --from --to --type --actor --min-salience --top --overrides --no-overrides -q --quiet --progress" ;;
    export) flags="--graph -o --output --format --from --to --type --actor --place --min-salience --top --overrides --no-overrides -q --quiet --progress" ;;
    query)
      [[ -z $sub ]] && { COMPREPLY=($(compgen -W "events causes effects chain explain" -- "$cur")); return; }
      flags="--graph --format --overrides --no-overrides -q --quiet --progress"
      [[ $sub == events ]] && flags+=" --from --to --type --actor --place --text --min-salience --top"
      [[ $sub == causes || $sub == effects ]] && flags+=" --depth"
      [[ $sub == chain ]] && flags+=" --max" ;;
    overrides)
      [[ -z $sub ]] && { COMPREPLY=($(compgen -W "check init" -- "$cur")); return; }
      flags="--syntax-only -o --output --graph" ;;
    train)
      [[ -z $sub ]] && { COMPREPLY=($(compgen -W "wordnet dating events" -- "$cur")); return; }
      flags="--dict --timeml --eval --wordnet --classes --model --learner --c --epochs --min-count -o --output --confusion --dated-only --export-svmlight" ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$flags --help" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _chronograph chronograph
