"""The zone profile form (基本信息, 资源禀赋, 发展阶段与现状, 目标与备注)."""

from desktop.views.editor.editor import ProfileEditor

__all__ = ["ProfileEditor"]
