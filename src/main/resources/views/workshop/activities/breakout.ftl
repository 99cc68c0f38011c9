<#-- The breakout activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>
<#import "../present-parts.ftl" as s>

<#macro form a id>
    <@p.breakoutParticipant a/>
</#macro>

<#macro results a kind>
  <#if a.facilitator() || a.showResults()>
  <h3>${t("workshop.breakout.boards")}</h3>
  <div class="boards">
  <#list a.groups() as gr>
    <section class="board" aria-labelledby="board-${a.activity().id()?c}-${gr.number()?c}">
      <h4 id="board-${a.activity().id()?c}-${gr.number()?c}">${t("workshop.group.name", gr.number())} <span class="board__members">(${t("workshop.group.members.plural", gr.members())})</span></h4>
      <#list a.config().questionList() as q>
        <h5>${q}</h5>
        <#if gr.answers()[q?index]?has_content>
        <ul class="items"><#list gr.answers()[q?index] as i><@p.itemLine a i/></#list></ul>
        <#else><p class="empty">${t("workshop.none-yet")}</p></#if>
      </#list>
    </section>
  </#list>
  </div>
  <#elseif a.myGroup() gt 0>
  <#list a.groups() as gr><#if gr.number() == a.myGroup()>
    <h3>${t("workshop.breakout.your-board")}</h3>
    <#list a.config().questionList() as q>
      <h4>${q}</h4>
      <#if gr.answers()[q?index]?has_content><ul class="items"><#list gr.answers()[q?index] as i><@p.itemLine a i/></#list></ul><#else><p class="empty">${t("workshop.none-yet")}</p></#if>
    </#list>
  </#if></#list>
  </#if>
</#macro>

<#-- On the big screen: a grid of the groups' boards, each with its answers per sub-question. -->
<#macro present a>
<#if !a.groups()?has_content><p class="stage__waiting">${t("workshop.group.waiting")}</p><#else>
<div class="board-grid">
<#list a.groups() as gr>
  <section class="board-tile" aria-labelledby="tile-${a.activity().id()?c}-${gr.number()?c}">
    <h3 id="tile-${a.activity().id()?c}-${gr.number()?c}" class="board-tile__title">${t("workshop.group.name", gr.number())} <span class="board-tile__members">${t("workshop.group.members.plural", gr.members())}</span></h3>
    <#list a.config().questionList() as q>
      <h4 class="board-tile__question" dir="auto">${q}</h4>
      <#if gr.answers()[q?index]?has_content>
      <ul class="board-tile__answers"><#list gr.answers()[q?index] as i><#if i?index lt 3><li dir="auto">${i.text()}</li></#if></#list></ul>
      <#if gr.answers()[q?index]?size gt 3><p class="board-tile__more">${t("workshop.present.more", gr.answers()[q?index]?size - 3)}</p></#if>
      <#else><p class="board-tile__empty">–</p></#if>
    </#list>
  </section>
</#list>
</div>
</#if>
</#macro>
