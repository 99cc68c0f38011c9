<#-- Parts every goal page and every capability's form can use: a text in the language it is really in,
     goal tiles, dimension tags and the target picker. -->

<#-- A goals.Text: marked with its own language when a translation is missing, so it is read out right. -->
<#macro text x><#if x.lang() != lang.code()><span lang="${x.lang()}" dir="auto">${x.value()}</span><#else>${x.value()}</#if></#macro>

<#macro dimensions element><#list element.dimensionList() as d><span class="tag tag--${d?lower_case}">${t("goals.dimension." + d)}</span><#sep> </#sep></#list></#macro>

<#-- Goals as tiles: colour is decoration; the number and the name carry the meaning. -->
<#macro tiles framework>
<ul class="goal-tiles">
<#list framework.goals() as g>
  <li class="goal-tile ${g.colourClass()}">
    <a href="/goals/${framework.key()}/${g.code()}">
      <span class="goal-tile__number"><span class="visually-hidden">${t("goals.goal")} </span>${g.code()}</span>
      <span class="goal-tile__name"><@text g.label(lang.code())/></span>
    </a>
    <#if g.children()?has_content><span class="goal-tile__meta">${t("goals.target-count.plural", g.children()?size)}</span></#if>
  </li>
</#list>
</ul>
</#macro>

<#-- The target picker (goals.TargetPicker.Model): checkboxes grouped by framework and goal, a search that
     works without JavaScript (the search button re-renders the form filtered) and filters as one types with
     it. Hidden options stay in the form, so searching never loses a choice. -->
<#macro picker model legend hint="">
<#local name = model.name()>
<div class="target-picker" data-target-picker data-name="${name}"
     data-status-matches="${t("goals.picker.matches")}" data-status-none="${t("goals.picker.none")}">
  <fieldset class="target-picker__fieldset">
    <legend>${legend}</legend>
    <#if hint?has_content><p class="hint" id="${name}-hint">${hint}</p></#if>
    <div class="target-picker__search">
      <label for="${name}-q">${t("goals.picker.search")}</label>
      <p class="hint" id="${name}-q-hint">${t("goals.picker.search-hint")}</p>
      <div class="target-picker__search-row">
        <input id="${name}-q" name="${name}-q" type="search" value="${model.query()}" autocomplete="off" aria-describedby="${name}-q-hint" aria-controls="${name}-options">
        <button type="submit" class="button button--quiet" name="${name}-search" value="1" data-picker-search>${t("goals.picker.search-button")}</button>
      </div>
    </div>
    <p class="target-picker__status" role="status" aria-live="polite" data-picker-status><#if model.query()?has_content><#if model.matches() gt 0>${t("goals.picker.status.plural", model.matches())}<#else>${t("goals.picker.none")}</#if></#if></p>
    <p class="target-picker__chosen" data-picker-chosen data-forms="${plurals.json("goals.picker.chosen.plural")}">${t("goals.picker.chosen.plural", model.selectedCount())}</p>
    <div id="${name}-options" class="target-picker__options">
    <#list model.frameworks() as fw>
      <fieldset class="target-picker__framework">
      <legend class="target-picker__framework-name"><@text fw.name()/></legend>
      <#list fw.goals() as g>
        <#if g.leaf()>
          <#list g.options() as o><@pickerOption name o/></#list>
        <#else>
        <details class="target-picker__goal ${g.colourClass()}"<#if g.open()> open</#if><#if g.hidden()> hidden</#if> data-picker-goal>
          <summary><span class="target-picker__goal-code">${g.code()}</span> <@text g.label()/><#if g.selectedCount() gt 0> <span class="target-picker__count">(${t("goals.picker.chosen.plural", g.selectedCount())})</span></#if></summary>
          <fieldset>
            <legend class="visually-hidden">${t("goals.goal")} ${g.code()} <@text g.label()/></legend>
            <#list g.options() as o><@pickerOption name o/></#list>
          </fieldset>
        </details>
        </#if>
      </#list>
      </fieldset>
    </#list>
    </div>
  </fieldset>
</div>
</#macro>

<#macro pickerOption name o>
<div class="checkbox target-picker__option"<#if o.hidden()> hidden</#if> data-search="${o.search()}" data-code="${o.code()?lower_case}">
  <input type="checkbox" id="${name}-${o.id()?c}" name="${name}" value="${o.id()?c}"<#if o.selected()> checked</#if>>
  <label for="${name}-${o.id()?c}"><span class="target-picker__code">${o.code()}</span> <@text o.label()/></label>
</div>
</#macro>
