<#-- The poll activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>
<#import "../present-parts.ftl" as s>

<#macro form a id>
    <form method="post" action="/w/${workshop.code()}/input" class="form" data-live-form>
      <@p.hidden a "VOTE"/>
      <fieldset>
        <legend>${t(a.config().multiple()?then("workshop.poll.choose-many", "workshop.poll.choose-one"))}</legend>
        <#list a.config().optionList() as o>
        <div class="<#if a.config().multiple()>checkbox<#else>radio</#if>">
          <input type="<#if a.config().multiple()>checkbox<#else>radio</#if>" id="opt-${id}-${o?index?c}" name="options" value="${o?index?c}"<#if a.myChoices()?seq_contains(o?index)> checked</#if>>
          <label for="opt-${id}-${o?index?c}" dir="auto">${o}</label>
        </div>
        </#list>
      </fieldset>
      <button type="submit" class="button">${t("workshop.vote")}</button>
    </form>
</#macro>

<#macro results a kind>
<@p.bars a kind/>
</#macro>

<#-- On the big screen: a labelled bar per option with its count and percentage. -->
<#macro present a>
<#if a.resultsShown()>
<p class="stage__total">${t("workshop.respondents.plural", a.respondents())}</p>
<@s.bars a a.counts() t("workshop.present.bars-desc", a.respondents())/>
<#else><@s.answered a/></#if>
</#macro>
